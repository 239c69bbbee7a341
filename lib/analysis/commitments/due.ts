// The day a commitment is due: a date finding in the same sentence. The one inside the clause comes
// first; else the nearest after it (not inside another promise); else the nearest before it ("From
// Monday, Leo will…", "…on Tuesday 21st April, and we will look at it then"). Past days never count.
import type { DateFinding } from '@/lib/analysis/types';
import { lowerBound } from '@/lib/util/lower-bound';

export interface Placed {
  start: number;
  end: number;
}

/** Date findings in [from, to), from a list sorted by start. */
export function datesWithin(sorted: DateFinding[], from: number, to: number): DateFinding[] {
  const lo = lowerBound(sorted.length, (i) => sorted[i]!.start < from);
  const out: DateFinding[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) out.push(sorted[i]!);
  return out;
}

const inside = (d: Placed, c: Placed) => d.start >= c.start && d.end <= c.end + 1;
const overlaps = (d: Placed, c: Placed) => d.start < c.end && d.end > c.start;

/** "talk to Mrs Grant about whether she needs another block next term": the date belongs to the question. */
function embedded(d: Placed, clause: Placed, body: string): boolean {
  const lead = body.slice(clause.start, Math.max(clause.start, d.start));
  return /\bwhether\b/i.test(lead);
}

/** "…in these so that he is ready well before the exams in May": a date past a subordinate clause's opening is that clause's. */
const SUBORDINATE = /\b(?:so\s+that|because|although|though|whereas)\b/i;
function inOtherClause(d: Placed, clause: Placed, body: string): boolean {
  const gap = d.start - clause.end;
  return gap > 0 && gap < 400 && SUBORDINATE.test(body.slice(clause.end, d.start));
}

export function pickDue(
  clause: Placed,
  others: Placed[],
  sentenceDates: DateFinding[],
  sentDay: string | null,
  /** The email body: the offsets of `clause` and the dates index it. */
  body: string,
): string | null {
  const usable = sentenceDates.filter((d) => !d.date || !sentDay || d.date >= sentDay);
  const within = usable.filter((d) => overlaps(d, clause) && !embedded(d, clause, body));
  if (within.length) return (within.find((d) => d.date) ?? within[0]!).date ?? null;
  const after = usable.filter((d) => d.start >= clause.end && !others.some((o) => inside(d, o)) && !inOtherClause(d, clause, body));
  if (after.length) return after[0]!.date ?? null;
  // "…on Tuesday 21st April, and we will look at it then": the day named earlier in the sentence.
  const before = usable.filter((d) => d.end <= clause.start);
  const dated = before.filter((d) => d.date);
  if (dated.length) return dated[dated.length - 1]!.date ?? null;
  return null;
}
