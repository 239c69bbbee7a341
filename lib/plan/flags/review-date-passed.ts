// The current plan names its own review day; once that has passed with no review saved on, after or
// shortly before it, the review is late (or has not been recorded).

import type { ChildRecordSet } from '../timeline/types';
import { addDays } from '../../analysis/calendar/day';
import { anyOnOrAfter } from './day-list';
import { FLAG_THRESHOLDS } from './thresholds';
import { FLAG_MESSAGES } from './messages';
import { currentPlan } from '../current-plan';
import { reviewDays } from './review-days';
import type { Flag } from './types';

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
      title: FLAG_MESSAGES.reviewDatePassed.title(),
      detail: FLAG_MESSAGES.reviewDatePassed.detail(plan.title, reviewOn),
      day: reviewOn,
      findingId: null,
      planId: plan.id,
      provisionId: null,
      recordIds: [],
      reviewOn,
    },
  ];
}
