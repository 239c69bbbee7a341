// Builders for one child's record set, for the flag and timeline tests. Every field is filled; a
// test overrides only what it is about.
import { addDays } from '@/lib/calendar/day';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { StoredFinding } from '@/lib/model/finding';
import type { ChildRecordSet, CommitmentFindingRecord, VagueFindingRecord } from '@/lib/plan/timeline/types';
import type { Child, ChildEvent, CommitmentMark, FindingLink, IsoDay, Provision, SupportPlan } from '@/lib/model/plan';
import type { RecordHead } from '@/lib/model/record-head';
import { EXAMPLE_TERM_CALENDAR } from '../../../support/term-calendar';

/** The vendored example calendar (tests/fixtures/calendars/example-term-calendar.json). */
export const CALENDAR: TermCalendar = EXAMPLE_TERM_CALENDAR;

export function child(overrides: Partial<Child> = {}): Child {
  return {
    id: 'child-1',
    name: 'Leo Green',
    knownAs: [],
    school: 'Oakfield Primary',
    schoolSenders: ['oakfield-primary.sch.uk'],
    yearGroup: 'Year 4',
    senStatus: 'sen-support',
    primaryNeed: 'SLCN',
    secondaryNeed: null,
    calendarId: 'cal-1',
    evidenceWeeks: 4,
    createdAt: '2024-09-01T09:00:00.000Z',
    updatedAt: '2024-09-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A saved email sent at 10am UK time on `day`. */
export function head(id: string, day: IsoDay, overrides: Partial<RecordHead> = {}): RecordHead {
  return {
    id,
    childId: 'child-1',
    kind: 'email',
    sentAt: `${day}T10:00:00+01:00`,
    capturedAt: `${day}T12:00:00.000Z`,
    subject: `Email ${id}`,
    fromName: 'Mrs Anita Patel',
    fromAddress: 'a.patel@oakfield-primary.sch.uk',
    url: `https://mail.example/${id}`,
    snippet: '',
    ...overrides,
  };
}

let offset = 0;

export function commitment(recordId: string, due: IsoDay | null, overrides: Partial<CommitmentFindingRecord> = {}): CommitmentFindingRecord {
  const start = offset++ * 10;
  return {
    id: `${recordId}:commitment:${start}-${start + 9}`,
    recordId,
    childId: 'child-1',
    kind: 'commitment',
    start,
    end: start + 9,
    text: 'We will send the speech therapy report.',
    actor: 'Mrs Patel',
    due,
    hedged: false,
    conditional: false,
    ...overrides,
  };
}

export function vague(recordId: string, overrides: Partial<VagueFindingRecord> = {}): VagueFindingRecord {
  const start = offset++ * 10;
  return {
    id: `${recordId}:vague:${start}-${start + 9}`,
    recordId,
    childId: 'child-1',
    kind: 'vague',
    start,
    end: start + 9,
    text: 'keep an eye on it',
    category: 'monitoring',
    why: 'It does not say what will be watched, by whom, or for how long.',
    ask: 'What exactly will you be watching, and when will you tell me what you found?',
    ...overrides,
  };
}

export function dateFinding(recordId: string, date: IsoDay): StoredFinding {
  const start = offset++ * 10;
  return { id: `${recordId}:date:${start}-${start + 9}`, recordId, childId: 'child-1', kind: 'date', start, end: start + 9, text: 'on Tuesday', date };
}

export function provision(id: string, overrides: Partial<Provision> = {}): Provision {
  return { id, what: 'Speech and language therapy', who: 'Mrs Patel (TA)', frequency: { times: 1, per: 'week' }, minutes: 30, from: null, to: null, targetIds: [], ...overrides };
}

export function plan(id: string, startsOn: IsoDay, overrides: Partial<SupportPlan> = {}): SupportPlan {
  return {
    id,
    childId: 'child-1',
    kind: 'sen-support',
    title: `SEN Support plan ${id}`,
    startsOn,
    reviewOn: null,
    targets: [],
    provisions: [],
    revisions: [],
    createdAt: `${startsOn}T09:00:00.000Z`,
    updatedAt: `${startsOn}T09:00:00.000Z`,
    ...overrides,
  };
}

export function event(id: string, kind: ChildEvent['kind'], day: IsoDay, overrides: Partial<ChildEvent> = {}): ChildEvent {
  return { id, childId: 'child-1', kind, day, note: `${kind} on ${day}`, recordId: null, createdAt: `${day}T18:00:00.000Z`, ...overrides };
}

export function mark(findingId: string, status: CommitmentMark['status'], overrides: Partial<CommitmentMark> = {}): CommitmentMark {
  return { findingId, childId: 'child-1', status, evidenceRecordId: null, note: '', markedAt: '2026-01-10T20:00:00.000Z', ...overrides };
}

export function linkTo(findingId: string, planId: string, provisionId: string): FindingLink {
  return { findingId, childId: 'child-1', item: { planId, itemKind: 'provision', itemId: provisionId }, linkedAt: '2026-01-10T20:00:00.000Z' };
}

export function recordSet(overrides: Partial<ChildRecordSet> = {}): ChildRecordSet {
  return { child: child(), calendar: CALENDAR, today: '2026-03-02', records: [], findings: [], plans: [], events: [], links: [], marks: [], ...overrides };
}

/**
 * A parent's years of email: `records` emails one every few hours backwards from today, each with
 * three findings in turn (two vague and a promise, or a promise, a vague phrase and a date).
 */
export function largeSet(records: number, today: IsoDay = '2026-03-02'): ChildRecordSet {
  const heads: RecordHead[] = [];
  const findings: StoredFinding[] = [];
  for (let i = 0; i < records; i++) {
    const day = addDays(today, -Math.floor(i / 4));
    const id = `r${i}`;
    heads.push(head(id, day, { sentAt: i % 5 === 0 ? null : `${day}T${String(8 + (i % 4)).padStart(2, '0')}:00:00+00:00`, fromName: `Sender ${i % 7}`, fromAddress: `s${i % 7}@school.sch.uk` }));
    if (i % 2 === 0) findings.push(vague(id), vague(id), commitment(id, i % 3 === 0 ? null : addDays(day, 7)));
    else findings.push(commitment(id, addDays(day, 3)), vague(id), dateFinding(id, day));
  }
  return recordSet({ today, records: heads, findings, plans: [plan('p1', '2023-09-10', { reviewOn: '2026-04-01' })] });
}
