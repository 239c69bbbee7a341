// The messages the background service worker answers. Only the extension's own pages may send
// them (see docs/automation.md); content scripts and web pages are refused. (Our own highlighter
// content script has its own, internal messages: lib/protocol/highlighter.ts.)
import type { Backup } from '@/lib/backup/format';
import type { ImportDetails, ImportOutcome } from '@/lib/backup/import-backup';
import type { PageFindingKind } from '@/lib/protocol/highlighter';

export interface ClipTabRequest {
  type: 'clip-tab';
  tabId: number;
  /** Frame to read; the top frame when absent (same-origin iframes are read from there). */
  frameId?: number;
}
export type ClipTabResponse =
  | { ok: true; recordIds: string[]; duplicate: boolean }
  | { ok: false; error: string };

export interface ExportBackupRequest {
  type: 'export-backup';
}
export type ExportBackupResponse = Backup;

export interface ImportBackupRequest {
  type: 'import-backup';
  backup: unknown;
}
/** `added` and `skipped` count records; `details` counts every kind (see lib/backup/import-backup.ts). */
export type ImportBackupResponse = {
  ok: boolean;
  added: number;
  skipped: number;
  error?: string;
  details?: ImportDetails;
  /** Things the parent should put right, e.g. term dates that were not in the backup. */
  warnings?: string[];
};

/** Reads again every record whose analysis is out of date: after a change of child or term dates. */
export interface AnalyseStaleRequest {
  type: 'analyse-stale';
}
export type AnalyseStaleResponse = { ok: true; analysed: number } | { ok: false; error: string };

/** What the highlighter has marked in a tab, as it draws it: for tests and automation. */
export interface PageFindingsRequest {
  type: 'page-findings';
  tabId: number;
}
export interface PageFindingSummary {
  /** The highlighter's key for the message the words are in. */
  key: string;
  kind: PageFindingKind;
  text: string;
}
/** `findings` is empty when the tab has no highlighter running. */
export type PageFindingsResponse = { ok: true; findings: PageFindingSummary[] } | { ok: false; error: string };

export type ExtensionRequest = ClipTabRequest | ExportBackupRequest | ImportBackupRequest | AnalyseStaleRequest | PageFindingsRequest;

export interface ResponseFor {
  'clip-tab': ClipTabResponse;
  'export-backup': ExportBackupResponse;
  'import-backup': ImportBackupResponse;
  'analyse-stale': AnalyseStaleResponse;
  'page-findings': PageFindingsResponse;
}

export function toImportResponse(outcome: ImportOutcome): ImportBackupResponse {
  return outcome.ok
    ? { ok: true, added: outcome.added, skipped: outcome.skipped, details: outcome.details, warnings: outcome.warnings }
    : outcome;
}

export function isExtensionRequest(value: unknown): value is ExtensionRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tabId } = value as { type?: unknown; tabId?: unknown };
  if (type === 'clip-tab' || type === 'page-findings') return Number.isInteger(tabId);
  return type === 'export-backup' || type === 'import-backup' || type === 'analyse-stale';
}
