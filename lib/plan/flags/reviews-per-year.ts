// Schools are expected to meet parents at least three times a year. For each complete school year
// with a plan in place throughout, fewer reviews than that is worth a look. A year with nothing
// saved in it is skipped: it tells us nothing about what happened.

import { addDays } from '@/lib/calendar/day';
import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { countBetween, sortDays } from '@/lib/plan/flags/day-list';
import { flagTerms, type FlagTerm } from '@/lib/plan/flags/flag-terms';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { currentPlan } from '@/lib/plan/current-plan';
import { reviewDays } from '@/lib/plan/flags/review-days';
import { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';
import type { Flag } from '@/lib/plan/flags/types';

interface SchoolYear {
  startYear: number;
  start: string;
  end: string;
  approximate: boolean;
}

/** School years made of terms, complete only with their autumn and summer terms. */
export function schoolYears(terms: readonly FlagTerm[]): SchoolYear[] {
  const byYear = new Map<number, FlagTerm[]>();
  for (const term of terms) {
    const list = byYear.get(term.schoolYear);
    if (list) list.push(term);
    else byYear.set(term.schoolYear, [term]);
  }
  const years: SchoolYear[] = [];
  for (const [startYear, list] of byYear) {
    if (!list.some((t) => t.season === 'autumn') || !list.some((t) => t.season === 'summer')) continue;
    years.push({
      startYear,
      start: list[0]!.start,
      end: list[list.length - 1]!.end,
      approximate: list.some((t) => t.approximate),
    });
  }
  return years.sort((a, b) => a.startYear - b.startYear);
}

export function fewReviewsInYear(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): Flag[] {
  const firstStart = set.plans.reduce<string | null>((first, p) => (first === null || p.startsOn < first ? p.startsOn : first), null);
  if (!firstStart || firstStart >= set.today) return [];
  const reviews = reviewDays(set.events);
  const saved = sortDays([...index.recordDay.values(), ...set.events.map((e) => e.day)]);
  const flags: Flag[] = [];
  for (const year of schoolYears(flagTerms(set.calendar, firstStart, set.today))) {
    if (!(year.end < set.today)) continue;
    if (firstStart > addDays(year.start, FLAG_THRESHOLDS.yearStartGraceDays)) continue;
    if (countBetween(saved, year.start, year.end) === 0) continue;
    const count = countBetween(reviews, year.start, year.end);
    if (count >= FLAG_THRESHOLDS.reviewsPerYear) continue;
    const plan = currentPlan(set.plans, year.end)!;
    flags.push({
      kind: 'few-reviews-in-year',
      id: `few-reviews-in-year:${year.startYear}`,
      severity: 'check',
      title: FLAG_MESSAGES['few-reviews-in-year'].title(year.startYear),
      detail: FLAG_MESSAGES['few-reviews-in-year'].detail(year.startYear, count, year.approximate),
      day: year.end,
      findingId: null,
      planId: plan.id,
      provisionId: null,
      recordIds: [],
      schoolYear: year.startYear,
      reviews: count,
      approximate: year.approximate,
    });
  }
  return flags;
}
