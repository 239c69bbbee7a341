// Page → background: read again every record whose analysis is out of date, after a change of
// child or term dates (components/hooks/ask-to-read-again.ts).
import { hasType } from '@/lib/protocol/message-type';

export interface AnalyseStaleRequest {
  type: 'analyse-stale';
  /** Only these records (what a write said it changed); every record when absent. */
  recordIds?: string[];
}
export type AnalyseStaleResponse = { ok: true; analysed: number } | { ok: false; error: string };

export function isAnalyseStaleRequest(value: unknown): value is AnalyseStaleRequest {
  if (!hasType(value, 'analyse-stale')) return false;
  const { recordIds } = value as { recordIds?: unknown };
  return recordIds === undefined || (Array.isArray(recordIds) && recordIds.every((id) => typeof id === 'string'));
}
