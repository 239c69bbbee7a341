// The child, their school calendar and support plan, and what the parent records about them.
// Pure data: stored in IndexedDB, carried in backups, and read by the rules in lib/plan.

import type { IsoDay } from '@/lib/calendar/day';
import type { TermCalendar } from '@/lib/calendar/term-calendar';

// Days are the calendar kernel's; re-exported because every plan type is built from them.
export type { IsoDay };

/** The school census SEN provision: not on the register but watched, K (SEN Support) or E (EHC plan). */
export type SenStatus = 'monitoring' | 'sen-support' | 'ehc-plan';

/** School census primary/secondary type-of-need codes (see needs.ts for names and broad areas). */
export type NeedCode = 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH' | 'NSA';

/** The four broad areas of need in the SEND Code of Practice (6.28 to 6.35). */
export type BroadArea = 'communication-interaction' | 'cognition-learning' | 'semh' | 'sensory-physical';

export interface Child {
  id: string;
  /** As the parent writes it: "Amelia Jones". */
  name: string;
  /** Other names the school may use: "Millie". */
  knownAs: string[];
  school: string;
  /** Addresses or whole domains the school writes from: "stmarys.sch.uk", "senco@stmarys.sch.uk". */
  schoolSenders: string[];
  /** "Reception", "Year 4", ...: free text so nursery and post-16 fit too. */
  yearGroup: string;
  senStatus: SenStatus;
  primaryNeed: NeedCode | null;
  secondaryNeed: NeedCode | null;
  /** The school's term calendar; null until the parent chooses one. */
  calendarId: string | null;
  /** School weeks with no saved evidence before a provision is flagged (default 4). */
  evidenceWeeks: number;
  createdAt: string;
  updatedAt: string;
}

/** A school's term dates as stored: the analysis calendar plus where it came from. */
export interface SchoolCalendar extends TermCalendar {
  id: string;
  source: 'default' | 'manual' | 'ics' | 'json';
  updatedAt: string;
}

export type PlanKind = 'sen-support' | 'iep' | 'ehc-plan';

/** An outcome (EHC plan section E) or a target (SEN Support plan, IEP). */
export interface PlanTarget {
  id: string;
  text: string;
  area: BroadArea | null;
}

export type FrequencyPer = 'day' | 'week' | 'fortnight' | 'half-term' | 'term' | 'year';

export interface Frequency {
  times: number;
  per: FrequencyPer;
}

/** One piece of support: what, who, how often, for how long, from and to when. */
export interface Provision {
  id: string;
  /** "Speech and language therapy", "Lexia", "Time to Talk group". */
  what: string;
  /** Who delivers it: "Mrs Patel (TA)", "speech and language therapist"; '' when the plan does not say. */
  who: string;
  frequency: Frequency | null;
  /** Length of each session in minutes; null when the plan does not say. */
  minutes: number | null;
  from: IsoDay | null;
  to: IsoDay | null;
  /** The targets or outcomes this provision works towards. */
  targetIds: string[];
}

export interface PlanRevision {
  /** ISO 8601 instant of the save. */
  at: string;
  /** Plain English: "Added provision: Lexia", "Review date changed to 12 March 2027". */
  summary: string;
}

export interface SupportPlan {
  id: string;
  childId: string;
  kind: PlanKind;
  /** "SEN Support plan, autumn 2026". */
  title: string;
  startsOn: IsoDay;
  /** When the plan says it will be reviewed. */
  reviewOn: IsoDay | null;
  targets: PlanTarget[];
  provisions: Provision[];
  /** What changed at each save after the first: shown on the timeline as plan changes. */
  revisions: PlanRevision[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Things that happened, recorded by the parent. Reviews and meetings show on the timeline; the
 * statutory kinds start or stop the clocks in clocks/.
 */
export type ChildEventKind =
  | 'review' // a review of the SEN Support plan or IEP (assess, plan, do, review)
  | 'meeting'
  | 'assessment-requested' // request for an EHC needs assessment received by the local authority
  | 'assessment-agreed' // the local authority decided to carry out the assessment
  | 'assessment-refused' // the local authority decided not to assess (can be appealed)
  | 'no-plan-notice' // notice that no EHC plan will be issued (can be appealed)
  | 'draft-plan-served'
  | 'comments-sent' // the parent's comments on the draft plan, sent
  | 'final-plan-issued' // its contents can be appealed
  | 'annual-review' // annual review meeting of an EHC plan
  | 'decision-letter' // any other decision that can be appealed to the tribunal
  | 'mediation-certificate'
  | 'appeal-lodged'; // the parent's appeal reached the tribunal

export interface ChildEvent {
  id: string;
  childId: string;
  kind: ChildEventKind;
  day: IsoDay;
  /** The parent's own words: "Annual review with Mrs Patel and the EP". */
  note: string;
  /** A saved email or page that shows it, when there is one. */
  recordId: string | null;
  createdAt: string;
  /**
   * When it was last saved (added or edited). Optional: events saved before this field existed,
   * and older backups, have none; a backup import then compares createdAt.
   */
  updatedAt?: string;
}

/** The provision or target a finding is about, as confirmed by the parent. */
export interface PlanItemRef {
  planId: string;
  itemKind: 'provision' | 'target';
  itemId: string;
}

export interface FindingLink {
  /** One link per finding. */
  findingId: string;
  childId: string;
  /** null: the parent said it is about none of the plan, so no suggestion is shown again. */
  item: PlanItemRef | null;
  linkedAt: string;
}

/** Whether a commitment was kept, pointing at the record that shows it. */
export interface CommitmentMark {
  findingId: string;
  childId: string;
  status: 'kept' | 'not-kept';
  /** The saved email or page that shows what happened. */
  evidenceRecordId: string | null;
  note: string;
  markedAt: string;
}
