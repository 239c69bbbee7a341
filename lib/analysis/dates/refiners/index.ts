// The refiners, in the order they run after the parsers (chrono-node's `Configuration.refiners`):
// each takes every candidate of an email and returns the ones that survive, changed. To add one,
// write it in its own file with this signature and put it in the list where it belongs.
import type { Candidate, DateEnv } from '@/lib/analysis/dates/candidate';
import { mergeCandidates } from '@/lib/analysis/dates/refiners/merge';
import { shareListMonths } from '@/lib/analysis/dates/refiners/lists';
import { dropNotDates } from '@/lib/analysis/dates/refiners/not-dates';
import { resolveDates } from '@/lib/analysis/dates/refiners/resolve';
import { widenSpans } from '@/lib/analysis/dates/refiners/span';
import { markTense } from '@/lib/analysis/dates/refiners/tense';
import { applyWeekOf } from '@/lib/analysis/dates/refiners/week-of';

export type Refiner = (env: DateEnv, candidates: Candidate[]) => Candidate[];

export const REFINERS: readonly Refiner[] = [
  // Durations, frequencies and other look-alikes go before anything is resolved.
  dropNotDates,
  // A weekday alone or "the 14th" in a past-tense clause looks back from sentAt.
  markTense,
  // Days from the sent day, by the British rules of the annotation guidelines and the term calendar.
  resolveDates,
  // "Thursday 2nd and Friday 3rd September": each day of a list or range takes the shared month.
  shareListMonths,
  // "w/c 4 May": the week's Monday once the day is known.
  applyWeekOf,
  // Spans take in the whole expression: "by Friday", "the morning of", "at 3.30pm".
  widenSpans,
  // Last: overlapping candidates become one.
  mergeCandidates,
];
