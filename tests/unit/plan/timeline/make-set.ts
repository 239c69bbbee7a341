// Builders for one child's record set, for the flag and timeline tests. Every field is filled; a
// test overrides only what it is about.
import { addDays } from '@/lib/analysis/calendar/day';
import type { TermCalendar } from '@/lib/analysis/calendar/term-calendar';
import type { StoredFinding } from '@/lib/findings/types';
import type { ChildRecordSet, CommitmentFindingRecord, VagueFindingRecord } from '@/lib/plan/timeline/types';
import type { Child, ChildEvent, CommitmentMark, FindingLink, IsoDay, Provision, SupportPlan } from '@/lib/plan/types';
import type { RecordHead } from '@/lib/records/record-head';

/** The terms of /work/shared/corpus/term-calendar.json, copied so the tests stand alone. */
export const CALENDAR: TermCalendar = {
  name: 'Example local authority in England (illustrative, for tests)',
  terms: [
    { name: 'Autumn 2024', start: '2024-09-03', end: '2024-12-20', halfTermStart: '2024-10-28', halfTermEnd: '2024-11-01' },
    { name: 'Spring 2025', start: '2025-01-06', end: '2025-04-04', halfTermStart: '2025-02-17', halfTermEnd: '2025-02-21' },
    { name: 'Summer 2025', start: '2025-04-22', end: '2025-07-22', halfTermStart: '2025-05-26', halfTermEnd: '2025-05-30' },
    { name: 'Autumn 2025', start: '2025-09-03', end: '2025-12-19', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31' },
    { name: 'Spring 2026', start: '2026-01-05', end: '2026-03-27', halfTermStart: '2026-02-16', halfTermEnd: '2026-02-20' },
    { name: 'Summer 2026', start: '2026-04-13', end: '2026-07-21', halfTermStart: '2026-05-25', halfTermEnd: '2026-05-29' },
    { name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' },
    { name: 'Spring 2027', start: '2027-01-04', end: '2027-03-25', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19' },
    { name: 'Summer 2027', start: '2027-04-12', end: '2027-07-21', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04' },
  ],
  closures: [],
};

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
