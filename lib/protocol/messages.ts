// The messages the background service worker answers: the automation contract (docs/automation.md).
// Only the extension's own pages may send them; content scripts and web pages are refused. (Our
// own highlighter content script has its own, internal messages: lib/protocol/highlighter.ts.)
// Each message lives in its own file with its guard; this file is the list of them.
import { isAnalyseStaleRequest, type AnalyseStaleRequest, type AnalyseStaleResponse } from '@/lib/protocol/analyse-stale';
import {
  isExportBackupRequest,
  isImportBackupRequest,
  type ExportBackupRequest,
  type ExportBackupResponse,
  type ImportBackupRequest,
  type ImportBackupResponse,
} from '@/lib/protocol/backup';
import { isClipTabRequest, type ClipTabRequest, type ClipTabResponse } from '@/lib/protocol/clip-tab';
import { isPageFindingsRequest, type PageFindingsRequest, type PageFindingsResponse } from '@/lib/protocol/page-findings';

export type ExtensionRequest = ClipTabRequest | ExportBackupRequest | ImportBackupRequest | AnalyseStaleRequest | PageFindingsRequest;

export type RequestType = ExtensionRequest['type'];

/** The request whose `type` is T. */
export type RequestOf<T extends RequestType> = Extract<ExtensionRequest, { type: T }>;

/**
 * What the background answers to each request. lib/background/handle-message.ts is held to it, and
 * a request missing here does not compile there.
 */
export interface ResponseFor {
  'clip-tab': ClipTabResponse;
  'export-backup': ExportBackupResponse;
  'import-backup': ImportBackupResponse;
  'analyse-stale': AnalyseStaleResponse;
  'page-findings': PageFindingsResponse;
}

/** Each request's guard, by type: a new request does not compile until it has one. */
const GUARDS: { [T in RequestType]: (value: unknown) => value is RequestOf<T> } = {
  'clip-tab': isClipTabRequest,
  'export-backup': isExportBackupRequest,
  'import-backup': isImportBackupRequest,
  'analyse-stale': isAnalyseStaleRequest,
  'page-findings': isPageFindingsRequest,
};

export function isExtensionRequest(value: unknown): value is ExtensionRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(GUARDS, type) && GUARDS[type as RequestType](value);
}
