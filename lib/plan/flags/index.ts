// The flags for one child: computeFlags runs every rule; each rule is exported for tests and reuse.

export { computeFlags, byUrgency } from './compute-flags';
export { vagueCounts, type VagueCounts } from './vague-counts';
export { overdueCommitments } from './overdue-commitments';
export { undatedCommitments } from './undated-commitments';
export { noReviewLastTerm } from './review-last-term';
export { fewReviewsInYear } from './reviews-per-year';
export { reviewDatePassed } from './review-date-passed';
export { provisionsWithoutEvidence, lastEvidenceByProvision } from './provision-evidence';
export { vagueFromSender, vagueRising } from './vague-flags';
export { FLAG_THRESHOLDS } from './thresholds';
export type { Flag, FlagKind, FlagSeverity } from './types';
