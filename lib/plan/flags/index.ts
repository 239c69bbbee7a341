// The flags for one child: computeFlags runs every rule; each rule is exported for tests and reuse.

export { computeFlags, byUrgency } from '@/lib/plan/flags/compute-flags';
export { vagueCounts, type VagueCounts } from '@/lib/plan/flags/vague-counts';
export { overdueCommitments } from '@/lib/plan/flags/overdue-commitments';
export { undatedCommitments } from '@/lib/plan/flags/undated-commitments';
export { noReviewLastTerm } from '@/lib/plan/flags/review-last-term';
export { fewReviewsInYear } from '@/lib/plan/flags/reviews-per-year';
export { reviewDatePassed } from '@/lib/plan/flags/review-date-passed';
export { provisionsWithoutEvidence, lastEvidenceByProvision } from '@/lib/plan/flags/provision-evidence';
export { vagueFromSender, vagueRising } from '@/lib/plan/flags/vague-flags';
export { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';
export type { Flag, FlagKind, FlagSeverity } from '@/lib/plan/flags/types';
