// What the timeline and the flags read (one child's saved records and plan) and the rows the
// timeline shows. Pure data.

import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { StoredFinding } from '@/lib/model/finding';
import type { RecordHead } from '@/lib/model/record-head';
import type { Child, ChildEvent, CommitmentMark, FindingLink, IsoDay, SupportPlan } from '@/lib/model/plan';

export interface ChildRecordSet {
  child: Child;
  calendar: TermCalendar | null;
  today: IsoDay;
  /** This child's saved emails and pages (10,000 or more). */
  records: RecordHead[];
  /** Their commitment and vague findings; date and concern findings may be included and are skipped. */
  findings: StoredFinding[];
  plans: SupportPlan[];
  events: ChildEvent[];
  links: FindingLink[];
  marks: CommitmentMark[];
}

export type CommitmentFindingRecord = Extract<StoredFinding, { kind: 'commitment' }>;
export type VagueFindingRecord = Extract<StoredFinding, { kind: 'vague' }>;

export type CommitmentState = 'kept' | 'not-kept' | 'overdue' | 'open' | 'undated';

/** A statutory clock's deadline, as worked out by clocks/. */
export interface TimelineClock {
  id: string;
  title: string;
  dueOn: IsoDay;
  state: string;
}

/**
 * How a header groups its rows: a school term (half terms inside it), the holiday between two
 * terms, or a calendar month when there are no term dates for those days.
 */
export type PeriodKind = 'term' | 'holiday' | 'month';

export interface TermCounts {
  records: number;
  commitments: number;
  /** Commitments in this period whose state is 'overdue'. */
  overdue: number;
  /** Vague phrases in the records of this period. */
  vague: number;
  events: number;
}

interface EntryBase {
  /** Stable across rebuilds: the list keys and focuses rows by it. */
  key: string;
  day: IsoDay;
  /** Ids of the flags that point at this row. */
  flagIds: readonly string[];
}

export type TimelineRow =
  | {
      type: 'term';
      /** "term:2026-09-02", "holiday:2026-07-22" or "month:2026-11-01": never the same as an entry's. */
      key: string;
      /** "Autumn 2026", "Summer holiday 2026", or "November 2026" without term dates. */
      label: string;
      period: PeriodKind;
      from: IsoDay;
      to: IsoDay;
      /** True for the period holding today. */
      current: boolean;
      counts: TermCounts;
    }
  | (EntryBase & { type: 'record'; head: RecordHead; commitments: number; vague: number })
  | (EntryBase & {
      type: 'commitment';
      finding: CommitmentFindingRecord;
      state: CommitmentState;
      mark?: CommitmentMark;
      /** The day of the email that made the promise, when it is saved. */
      recordDay: IsoDay | null;
    })
  | (EntryBase & { type: 'event'; event: ChildEvent })
  | (EntryBase & {
      type: 'plan';
      change: 'started' | 'changed' | 'review-due';
      plan: SupportPlan;
      /** Plain English: the plan's title, or what changed ("Added provision: Lexia"). */
      summary: string;
    })
  | (EntryBase & { type: 'clock'; clock: TimelineClock });

export type TimelineRowType = TimelineRow['type'];
export type TimelineEntry = Exclude<TimelineRow, { type: 'term' }>;
