// Every flag for one child, from every rule, in the order a parent should see them: things to act
// on first, then the newest first.

import { indexRecordSet } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { overdueCommitments } from '@/lib/plan/flags/overdue-commitments';
import { provisionsWithoutEvidence } from '@/lib/plan/flags/provision-evidence';
import { reviewDatePassed } from '@/lib/plan/flags/review-date-passed';
import { noReviewLastTerm } from '@/lib/plan/flags/review-last-term';
import { fewReviewsInYear } from '@/lib/plan/flags/reviews-per-year';
import type { Flag } from '@/lib/plan/flags/types';
import { undatedCommitments } from '@/lib/plan/flags/undated-commitments';
import { vagueFromSender, vagueRising } from '@/lib/plan/flags/vague-flags';
import { tallyVague } from '@/lib/plan/flags/vague-tally';

export function computeFlags(set: ChildRecordSet): Flag[] {
  const index = indexRecordSet(set);
  const tally = tallyVague(set, index);
  const flags = [
    ...overdueCommitments(set, index),
    ...undatedCommitments(set, index),
    ...noReviewLastTerm(set),
    ...fewReviewsInYear(set, index),
    ...reviewDatePassed(set),
    ...provisionsWithoutEvidence(set, index),
    ...vagueFromSender(set, index, tally),
    ...vagueRising(set, index, tally),
  ];
  return flags.sort(byUrgency);
}

export function byUrgency(a: Flag, b: Flag): number {
  if (a.severity !== b.severity) return a.severity === 'act' ? -1 : 1;
  const ad = a.day ?? '';
  const bd = b.day ?? '';
  if (ad !== bd) return ad < bd ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
