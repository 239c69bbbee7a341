// Every flag for one child, from every rule, in the order a parent should see them: things to act
// on first, then the newest first.

import { indexRecordSet } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { overdueCommitments } from '@/lib/plan/flags/overdue-commitments';
import { provisionsWithoutEvidence } from '@/lib/plan/flags/provision-evidence';
import { reviewDatePassed } from '@/lib/plan/flags/review-date-passed';
import { noReviewLastTerm } from '@/lib/plan/flags/review-last-term';
import { fewReviewsInYear } from '@/lib/plan/flags/reviews-per-year';
import type { Flag, FlagKind } from '@/lib/plan/flags/types';
import { undatedCommitments } from '@/lib/plan/flags/undated-commitments';
import { vagueFromSender, vagueRising } from '@/lib/plan/flags/vague-flags';
import { tallyVague } from '@/lib/plan/flags/vague-tally';

type SetIndex = ReturnType<typeof indexRecordSet>;
type VagueTally = ReturnType<typeof tallyVague>;

/** One rule: the flags of one kind (or two, for vague wording) for a child's record set. */
export interface FlagRule {
  kinds: readonly FlagKind[];
  flags: (set: ChildRecordSet, index: SetIndex, tally: VagueTally) => Flag[];
}

/** Every rule, each in its own file; to add a flag, add its file, its words and one line here. */
export const FLAG_RULES: readonly FlagRule[] = [
  { kinds: ['overdue-commitment'], flags: (set, index) => overdueCommitments(set, index) },
  { kinds: ['undated-commitment'], flags: (set, index) => undatedCommitments(set, index) },
  { kinds: ['no-review-last-term'], flags: (set) => noReviewLastTerm(set) },
  { kinds: ['few-reviews-in-year'], flags: (set, index) => fewReviewsInYear(set, index) },
  { kinds: ['review-date-passed'], flags: (set) => reviewDatePassed(set) },
  { kinds: ['provision-without-evidence'], flags: (set, index) => provisionsWithoutEvidence(set, index) },
  { kinds: ['vague-from-sender'], flags: (set, index, tally) => vagueFromSender(set, index, tally) },
  { kinds: ['vague-rising'], flags: (set, index, tally) => vagueRising(set, index, tally) },
];

export function computeFlags(set: ChildRecordSet): Flag[] {
  const index = indexRecordSet(set);
  const tally = tallyVague(set, index);
  return FLAG_RULES.flatMap((rule) => rule.flags(set, index, tally)).sort(byUrgency);
}

export function byUrgency(a: Flag, b: Flag): number {
  if (a.severity !== b.severity) return a.severity === 'act' ? -1 : 1;
  const ad = a.day ?? '';
  const bd = b.day ?? '';
  if (ad !== bd) return ad < bd ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
