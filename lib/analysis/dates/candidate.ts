// A date expression found in the text, between the parsers and the final DateFinding.

import type { IsoDay } from '@/lib/calendar/day';
import type { TermCalendar } from '@/lib/calendar/term-calendar';

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
  /** Resolved by refiners/resolve.ts. */
  date: IsoDay | null;
  until?: IsoDay | null;
  conflict?: string;
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
