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
/**
 * "…to confirm we are able to offer you a place w/c 30th March": a date past a reported clause (a verb of
 * saying, then a subject and its own verb) dates what is reported, not the promise.
 */
const REPORTED_CLAUSE =
  /\b(?:confirm|check|explain|say|tell\s+you|let\s+you\s+know)\s+(?:that\s+)?(?:we|you|he|she|they|it|(?:the|his|her)\s+[a-z]+)\s+(?:are|is|will|can|have|has|were|was|would|could|should|need|needs)\b/i;

function embedded(d: Placed, clause: Placed, body: string): boolean {
  const lead = body.slice(clause.start, Math.max(clause.start, d.start));
  return /\bwhether\b/i.test(lead) || REPORTED_CLAUSE.test(lead);
}

/** "…in these so that he is ready well before the exams in May": a date past a subordinate clause's opening is that clause's. */
const SUBORDINATE = /\b(?:so\s+that|because|although|though|whereas)\b/i;
function inOtherClause(d: Placed, clause: Placed, body: string): boolean {
  const gap = d.start - clause.end;
  return gap > 0 && gap < 400 && SUBORDINATE.test(body.slice(clause.end, d.start));
}

/** "I have today informed…", "we met today": a date inside a clause about what is already done. */
function datesDone(d: Placed, body: string): boolean {
  const lead = body.slice(Math.max(0, d.start - 20), d.start);
  const tail = body.slice(d.end, d.end + 20);
  if (/\b(?:have|has|had|'ve|’ve)\s+(?:\w+ly\s+)?$/i.test(lead)) return true;
  // "We today agreed…": only a day as near as today; "On Monday 10th March, supported by his TA, he will…" is a plan.
  return /^(?:today|this\s+(?:morning|afternoon))$/i.test(body.slice(d.start, d.end)) && /^\s+(?!need|want)[a-z]+ed\b/.test(tail);
}

/** A term word the calendar could not place ("after half term" in a year with no term dates): it would have fixed a day. */
const placeable = (d: DateFinding) => !!d.date || !!d.missingTermYear;

/**
 * The date finding that sets a commitment's due day, or would set it were the calendar to hold its school
 * year (`missingTermYear`); null when the sentence has none. Its `date` is the due day.
 */
export function pickDueDate(
  clause: Placed,
  others: Placed[],
  sentenceDates: DateFinding[],
  sentDay: string | null,
  /** The email body: the offsets of `clause` and the dates index it. */
  body: string,
): DateFinding | null {
  const usable = sentenceDates.filter((d) => !d.date || !sentDay || d.date >= sentDay);
  const within = usable.filter((d) => overlaps(d, clause) && !embedded(d, clause, body));
  if (within.length) return within.find((d) => d.date) ?? within.find(placeable) ?? within[0]!;
  const after = usable.filter((d) => d.start >= clause.end && !others.some((o) => inside(d, o)) && !inOtherClause(d, clause, body));
  if (after.length) return after[0]!;
  // "…on Tuesday 21st April, and we will look at it then": the day named earlier in the sentence, unless
  // it dates something already done ("I have today informed the trust…").
  const before = usable.filter((d) => d.end <= clause.start && !datesDone(d, body));
  const dated = before.filter(placeable);
  if (dated.length) return dated[dated.length - 1]!;
  return null;
}

/** The due day: the day of the date `pickDueDate` chooses, else null. */
export function pickDue(clause: Placed, others: Placed[], sentenceDates: DateFinding[], sentDay: string | null, body: string): string | null {
  return pickDueDate(clause, others, sentenceDates, sentDay, body)?.date ?? null;
}
