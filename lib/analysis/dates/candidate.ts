// A date expression found in the text, between the parsers and the final DateFinding.

import type { IsoDay } from '@/lib/calendar/day';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { lowerBound } from '@/lib/util/lower-bound';

export interface DateComponents {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
}

export interface Candidate {
  /** Offsets into the body: [start, end). */
  start: number;
  end: number;
  /** The sentence it was found in: spans never widen past it. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Our phrase rule ("endOfTerm", "countFromSent" …), or null for chrono's own parsers. */
  rule: string | null;
  /** The rule's argument: a season, a month, a count. */
  arg: string | null;
  /** The unit of a count: "weeks", "days" … */
  unit: string | null;
  /** The components the words state (not guessed). */
  known: DateComponents;
  /** A chrono result with a range end ("Monday to Wednesday"). */
  range: boolean;
  /** Set by refiners/tense.ts: a weekday or "the 14th" in a past-tense clause names a day on or before sentAt. */
  past?: boolean;
  /** The end of a range ("26th May – 30th May"): where its first day starts, so the two keep one order. */
  rangeFrom?: number;
  /** Set by refiners/lists.ts: a day that takes its month from a neighbour ("2nd and 3rd September"). */
  listMonth?: number;
  /** Resolved by refiners/resolve.ts. */
  date: IsoDay | null;
  until?: IsoDay | null;
  conflict?: string;
  /** A term word the calendar has no terms for: the school year, "2022–23". */
  missingTermYear?: string;
}

export interface DateEnv {
  body: string;
  /** The day the email was sent; null when sentAt is unreadable (then only full dates resolve). */
  sentDay: IsoDay | null;
  calendar: TermCalendar | null;
}

export function textOf(env: DateEnv, c: Candidate): string {
  return env.body.slice(c.start, c.end);
}

/** Names a calendar day by itself: a day and a month ("3rd March", "03/04"). */
export function isExplicit(c: Candidate): boolean {
  return c.rule === null && c.known.day !== undefined && c.known.month !== undefined;
}

/** Only a weekday: "on Tuesday", "next Friday". */
export function isWeekdayOnly(c: Candidate): boolean {
  return c.rule === null && c.known.weekday !== undefined && c.known.day === undefined && c.known.month === undefined;
}

/** No expression is longer than this, so an overlap search can start this far back. */
const LONGEST_EXPRESSION = 300;

/**
 * The candidates of `sorted` (by start) that overlap [from, to), found by halving: refiners look up
 * neighbours for every candidate, and a hostile input can hold thousands.
 */
export function overlapping(sorted: readonly Candidate[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = lowerBound(sorted.length, (k) => sorted[k]!.start < from - LONGEST_EXPRESSION); i < sorted.length; i++) {
    const c = sorted[i]!;
    if (c.start >= to) break;
    if (c.end > from) out.push(c);
  }
  return out;
}
