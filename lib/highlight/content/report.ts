// What the highlighter has drawn, for the background's 'highlighter-page-findings' question (and
// the tests and benchmarks behind it): every mark on the page now, in reading order.
import type { FindingKind } from '@/lib/findings/kinds';
import type { HighlighterFindings } from '@/lib/protocol/highlighter';
import type { DrawnMark } from '@/lib/highlight/content/paint';

/** Marks in document order: by where their ranges start, then the longer first. */
export function inReadingOrder(marks: Iterable<DrawnMark>): DrawnMark[] {
  return [...marks].sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer && a.range.startOffset === b.range.startOffset) {
      return b.finding.end - b.finding.start - (a.finding.end - a.finding.start);
    }
    try {
      return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
    } catch {
      return 0;
    }
  });
}

export function pageFindings(marks: Iterable<DrawnMark>): HighlighterFindings {
  return { findings: inReadingOrder(marks).map((m) => ({ key: m.key, kind: m.finding.kind, text: m.finding.text })) };
}

export function countKinds(marks: Iterable<DrawnMark>): Partial<Record<FindingKind, number>> {
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const m of marks) counts[m.finding.kind] = (counts[m.finding.kind] ?? 0) + 1;
  return counts;
}
