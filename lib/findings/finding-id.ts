// A stored finding's id names where its words are: `${recordId}:${kind}:${start}-${end}` (see
// analyse-record.ts, which makes them). A mark or link keyed by an id whose finding is gone (older
// rules, a backup from another install) still says which words it was about: this reads them back.
import { isFindingKind, type FindingKind } from '@/lib/findings/kinds';

/** Where a finding's words are in its record's text: [start, end). */
export interface FindingSpan {
  id: string;
  recordId: string;
  kind: FindingKind;
  start: number;
  end: number;
}

// Greedy on the record id, so a record id holding ':' still parses; linear (one backtrack point).
const FINDING_ID = /^(.+):([a-z]+):(\d+)-(\d+)$/;

/** The span an id names, or null when it is not a finding id. */
export function parseFindingId(id: string): FindingSpan | null {
  const parts = FINDING_ID.exec(id);
  if (!parts || !isFindingKind(parts[2])) return null;
  const start = Number(parts[3]);
  const end = Number(parts[4]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return null;
  return { id, recordId: parts[1]!, kind: parts[2], start, end };
}
