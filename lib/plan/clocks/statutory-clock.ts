// What the clocks module hands to the timeline: one countdown per statutory deadline.

import type { IsoDay } from '@/lib/model/plan';

export type ClockId = 'assessment-decision' | 'no-plan-notice' | 'final-plan' | 'draft-comments' | 'annual-review' | 'tribunal-appeal';

export type ClockActor = 'local-authority' | 'parent' | 'school';

export interface Citation {
  /** "SEND Regulations 2014, reg 5(1)". */
  short: string;
  /** The full name of the law and the provision. */
  title: string;
  url: string;
}

export interface StatutoryClock {
  id: ClockId;
  childId: string;
  /** Plain English: "Local authority decides whether to assess". */
  title: string;
  /** Who must act. */
  actor: ClockActor;
  /** The ChildEvent the deadline is counted from. */
  startedBy: string;
  startedOn: IsoDay;
  /** After any moves (working day, Christmas or August rules). */
  dueOn: IsoDay;
  /** When the rules moved the deadline, why, in plain English. */
  moved: string | null;
  /**
   * running: still counting down; met: a later event satisfied it (metOn set); overdue: today is
   * after dueOn and it was not met; stopped: a later event made it moot (a notice that no plan will
   * be issued stops the final-plan clock; a refusal to assess stops the 16- and 20-week clocks).
   */
  state: 'running' | 'met' | 'overdue' | 'stopped';
  metOn: IsoDay | null;
  /** When stopped, why, in plain English (also the first sentence of the explanation). */
  stoppedBecause: string | null;
  /** Days from today to dueOn (negative when past). */
  daysLeft: number;
  citation: Citation;
  /** Plain English: why this deadline exists and what the parent can do if it is missed. */
  explanation: string;
}
