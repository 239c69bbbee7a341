// Page → background: what the highlighter has marked in a tab, as it draws it. For tests and
// automation; the background asks the tab's highlighter ('highlighter-page-findings' in
// lib/protocol/highlighter.ts) and passes its answer on.
import { hasType } from '@/lib/protocol/message-type';
import type { PageFindingSummary } from '@/lib/protocol/highlighter';

export interface PageFindingsRequest {
  type: 'page-findings';
  tabId: number;
}
/** `findings` is empty when the tab has no highlighter running. */
export type PageFindingsResponse = { ok: true; findings: PageFindingSummary[] } | { ok: false; error: string };

export function isPageFindingsRequest(value: unknown): value is PageFindingsRequest {
  return hasType(value, 'page-findings') && Number.isInteger((value as { tabId?: unknown }).tabId);
}
