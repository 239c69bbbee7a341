// The current plan names its own review day; once that has passed with no review saved on, after or
// shortly before it, the review is late (or has not been recorded).

import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { addDays } from '@/lib/calendar/day';
import { anyOnOrAfter } from '@/lib/plan/flags/day-list';
import { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { currentPlan } from '@/lib/plan/current-plan';
import { reviewDays } from '@/lib/plan/flags/review-days';
import type { Flag } from '@/lib/plan/flags/types';

export function reviewDatePassed(set: ChildRecordSet): Flag[] {
  const plan = currentPlan(set.plans, set.today);
  const reviewOn = plan?.reviewOn;
  if (!plan || !reviewOn || !(reviewOn < set.today)) return [];
  // A review brought forward by a few weeks is still the review the plan promised.
  if (anyOnOrAfter(reviewDays(set.events), addDays(reviewOn, -FLAG_THRESHOLDS.reviewEarlyGraceDays))) return [];
  return [
    {
      kind: 'review-date-passed',
      id: `review-date-passed:${plan.id}:${reviewOn}`,
      severity: 'act',
      title: FLAG_MESSAGES['review-date-passed'].title(),
      detail: FLAG_MESSAGES['review-date-passed'].detail(plan.title, reviewOn),
      day: reviewOn,
      findingId: null,
      planId: plan.id,
      provisionId: null,
      recordIds: [],
      reviewOn,
    },
  ];
}
