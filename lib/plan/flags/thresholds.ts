// The numbers behind the flags, in one place so they can be tuned without touching the rules.

import type { ChildEventKind } from '@/lib/model/plan';

export const FLAG_THRESHOLDS = {
  /** School weeks without saved evidence before a provision is flagged, when the child has no setting. */
  defaultEvidenceWeeks: 4,
  /** The events that count as a review of the plan. */
  reviewKinds: ['review', 'annual-review'] as readonly ChildEventKind[],
  /** Schools are expected to meet parents about SEN support at least three times a year. */
  reviewsPerYear: 3,
  /**
   * A plan counts as in force for a whole school year when it started no later than this many days
   * after the year's first day: a plan written in the first weeks of September still counts.
   */
  yearStartGraceDays: 28,
  /** A review held up to this many days before the plan's own review date still counts as that review. */
  reviewEarlyGraceDays: 28,
  /** Vague phrases from one sender in one term before it is flagged. */
  vagueFromSender: 5,
  /** A term is flagged when its vague phrases are at least this many times the term before's... */
  vagueRisingFactor: 2,
  /** ...and at least this many. */
  vagueRisingMin: 5,
  /**
   * Vague-wording flags look at the current term and the ones before it, this many in all: old
   * terms stay in the counts but are not flagged again.
   */
  vagueRecentTerms: 2,
  /** The longest quote from an email shown in a flag, in characters. */
  quoteLength: 140,
} as const;
