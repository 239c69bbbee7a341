import { analyse } from '@/lib/analysis/analyse';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { SavedRecord } from '@/lib/model/record';
import type { StoredFinding } from '@/lib/model/finding';

function fromHeader(record: SavedRecord): string {
  const from = record.from;
  if (!from) return '';
  return from.address ? `${from.name} <${from.address}>`.trim() : from.name;
}

/**
 * Reads a saved record's new text (quoted history and signature were separated at capture).
 * Relative dates resolve from when it was sent; a page with no date, from when it was saved.
 */
export function analyseRecord(record: SavedRecord, calendar: TermCalendar | null = null): StoredFinding[] {
  const analysis = analyse(
    { sentAt: record.sentAt ?? record.capturedAt, from: fromHeader(record), subject: record.subject, body: record.text },
    { calendar },
  );
  const id = (kind: string, f: { start: number; end: number }) => `${record.id}:${kind}:${f.start}-${f.end}`;
  return [
    ...analysis.dates.map((f) => ({ ...f, kind: 'date' as const, id: id('date', f), recordId: record.id, childId: record.childId })),
    ...analysis.commitments.map((f) => ({ ...f, kind: 'commitment' as const, id: id('commitment', f), recordId: record.id, childId: record.childId })),
    ...analysis.vague.map((f) => ({ ...f, kind: 'vague' as const, id: id('vague', f), recordId: record.id, childId: record.childId })),
    ...analysis.concerns.map((f) => ({ ...f, kind: 'concern' as const, id: id('concern', f), recordId: record.id, childId: record.childId })),
  ];
}
