// What the analysis engine reads and what it finds. Pure data: it crosses from the service worker
// to storage and to the side panel, and is printed by the command line.

import type { TermCalendar } from '@/lib/calendar/term-calendar';

export interface EmailInput {
  /** When the email was sent: ISO 8601 with offset. Every relative date resolves against this. */
  sentAt: string;
  /** "Mrs Anita Patel <a.patel@school.sch.uk>", or just a name or address. */
  from: string;
  subject: string;
  body: string;
}

export interface AnalyseOptions {
  /** The child's school term calendar; term words ("by half term") resolve only with one. */
  calendar?: TermCalendar | null;
}

/** A stretch of `body` in characters: [start, end). */
export interface Span {
  start: number;
  end: number;
  /** body.slice(start, end) */
  text: string;
}

export interface DateFinding extends Span {
  /** The calendar day it fixes (YYYY-MM-DD), or null for spans with no single day ("next week"). */
  date: string | null;
  /** Last day of a span the reader can place ("next week": its Friday... Sunday), when known. */
  until?: string | null;
  /** Set when the words contradict themselves: "Tuesday 3/4" when 3 April is a Thursday. */
  conflict?: string;
  /**
   * A term word ("after half term") the calendar could not place because it has no terms for that
   * school year: the year as a parent writes it, "2022–23" (en dash). `date` is then null; the
   * record and the timeline ask for that year's term dates. Never a day borrowed from another year.
   */
  missingTermYear?: string;
}

export interface CommitmentFinding extends Span {
  /** Who will act: the sender's name as signed, "school", or a named person or role as written. */
  actor: string;
  /** The day it is due or scheduled (YYYY-MM-DD) when the same sentence fixes one; else null. */
  due: string | null;
  /**
   * When its time is a term word the calendar could not place ("after half term" in an email from a
   * school year with no term dates): that school year, "2022–23". `due` is then null.
   */
  missingTermYear?: string;
  /** "We will try to…", "hopefully…": promised with a hedge. */
  hedged: boolean;
  /** "If needed, we will…": promised only if something happens. */
  conditional: boolean;
}

export type VagueCategory = 'monitoring' | 'wait-and-see' | 'unquantified' | 'hedge' | 'indefinite-time';

export interface VagueFinding extends Span {
  category: VagueCategory;
  /** Plain English: why this cannot be checked later. */
  why: string;
  /** A polite question the parent can send back. */
  ask: string;
}

export type ConcernType =
  | 'exclusion'
  | 'reduced-timetable'
  | 'early-pickup'
  | 'diagnosis-gatekeeping'
  | 'sen-register-removal'
  | 'weekday-conflict';

export interface ConcernFinding extends Span {
  type: ConcernType;
  /** What the guidance says, in plain English, and what the parent can do. */
  explanation: string;
}

export interface Analysis {
  dates: DateFinding[];
  commitments: CommitmentFinding[];
  vague: VagueFinding[];
  concerns: ConcernFinding[];
  /** The part of the body that was analysed: the new text, without quotes or signature. */
  analysed: { start: number; end: number };
}
