// Page → background: save what a tab shows (the side panel's button, and automation).
import { hasType } from '@/lib/protocol/message-type';

export interface ClipTabRequest {
  type: 'clip-tab';
  tabId: number;
  /** Frame to read; the top frame when absent (same-origin iframes are read from there). */
  frameId?: number;
}

export type ClipTabResponse =
  | { ok: true; recordIds: string[]; duplicate: boolean }
  | { ok: false; error: string };

export function isClipTabRequest(value: unknown): value is ClipTabRequest {
  return hasType(value, 'clip-tab') && Number.isInteger((value as { tabId?: unknown }).tabId);
}
