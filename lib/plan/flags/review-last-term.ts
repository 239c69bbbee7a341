// Support plans are reviewed termly: the current plan should have had a review in the last complete
// term, if it was in place for most of that term (from before its half term).

import { addDays } from '@/lib/calendar/day';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { countBetween } from '@/lib/plan/flags/day-list';
import { flagTerms, termIndexAt } from '@/lib/plan/flags/flag-terms';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { currentPlan } from '@/lib/plan/current-plan';
import { reviewDays } from '@/lib/plan/flags/review-days';
import type { Flag } from '@/lib/plan/flags/types';

export function noReviewLastTerm(set: ChildRecordSet): Flag[] {
  const plan = currentPlan(set.plans, set.today);
  if (!plan) return [];
  const terms = flagTerms(set.calendar, plan.startsOn, set.today);
  const now = termIndexAt(terms, set.today);
  // The term holding today (or, in a holiday, the next one) is never complete; the one before it is.
  const last = terms[(now < 0 ? terms.length : now) - 1];
  if (!last || plan.startsOn > last.middle) return [];
  // A review in the holiday after the term still counts for it.
  const next = terms[now];
  const until = next && next.start <= set.today ? addDays(next.start, -1) : addDays(set.today, -1);
  if (countBetween(reviewDays(set.events), last.start, until) > 0) return [];
  return [
    {
      kind: 'no-review-last-term',
      id: `no-review-last-term:${plan.id}:${last.key}`,
      severity: 'act',
      title: FLAG_MESSAGES['no-review-last-term'].title(),
      detail: FLAG_MESSAGES['no-review-last-term'].detail(last.name, plan.title, last.approximate),
      day: last.end,
      findingId: null,
      planId: plan.id,
      provisionId: null,
      recordIds: [],
      term: last.name,
      from: last.start,
      to: last.end,
      approximate: last.approximate,
    },
  ];
}
