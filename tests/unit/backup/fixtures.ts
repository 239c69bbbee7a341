// Parent-entered data for backup tests: every field filled, every value one the schema accepts.
import type { OnRecordDatabase } from '@/lib/db/database';
import type { Child, ChildEvent, CommitmentMark, FindingLink, SchoolCalendar, SupportPlan } from '@/lib/model/plan';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../make-item';

export const JAN = '2026-01-05T09:00:00.000Z';
export const FEB = '2026-02-05T09:00:00.000Z';
export const MAR = '2026-03-05T09:00:00.000Z';

export function child(overrides: Partial<Child> = {}): Child {
  return {
    id: 'child-1',
    name: 'Amelia Jones',
    knownAs: ['Millie'],
    school: 'St Mary’s Primary',
    schoolSenders: ['stmarys.sch.uk'],
    yearGroup: 'Year 4',
    senStatus: 'sen-support',
    primaryNeed: 'SLCN',
    secondaryNeed: null,
    calendarId: 'cal-1',
    evidenceWeeks: 4,
    createdAt: JAN,
    updatedAt: JAN,
    ...overrides,
  };
}

export function calendar(overrides: Partial<SchoolCalendar> = {}): SchoolCalendar {
  return {
    id: 'cal-1',
    name: 'St Mary’s 2025 to 2026',
    terms: [
      { name: 'Autumn', start: '2025-09-03', end: '2025-12-19', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31' },
      { name: 'Spring', start: '2026-01-05', end: '2026-03-27', halfTermStart: '2026-02-16', halfTermEnd: '2026-02-20' },
    ],
    closures: ['2025-09-02'],
    source: 'manual',
    updatedAt: JAN,
    ...overrides,
  };
}

export function plan(overrides: Partial<SupportPlan> = {}): SupportPlan {
  return {
    id: 'plan-1',
    childId: 'child-1',
    kind: 'sen-support',
    title: 'SEN Support plan, autumn 2025',
    startsOn: '2025-09-15',
    reviewOn: '2025-12-08',
    targets: [{ id: 'target-1', text: 'Take part in a small-group conversation', area: 'communication-interaction' }],
    provisions: [
      { id: 'prov-1', what: 'Speech and language therapy', who: 'speech and language therapist', frequency: { times: 1, per: 'fortnight' }, minutes: 30, from: '2025-09-15', to: null, targetIds: ['target-1'] },
      { id: 'prov-2', what: 'Time to Talk group', who: '', frequency: null, minutes: null, from: null, to: null, targetIds: [] },
      { id: 'prov-3', what: 'Lexia', who: 'Mrs Patel (TA)', frequency: { times: 3, per: 'week' }, minutes: 20, from: '2025-09-15', to: '2025-12-19', targetIds: [] },
    ],
    revisions: [{ at: FEB, summary: 'Added provision: Lexia' }],
    createdAt: JAN,
    updatedAt: JAN,
    ...overrides,
  };
}

export function event(overrides: Partial<ChildEvent> = {}): ChildEvent {
  return { id: 'event-1', childId: 'child-1', kind: 'review', day: '2025-12-08', note: 'Review with Mrs Patel', recordId: null, createdAt: JAN, ...overrides };
}

export function link(findingId: string, overrides: Partial<FindingLink> = {}): FindingLink {
  return { findingId, childId: 'child-1', item: { planId: 'plan-1', itemKind: 'provision', itemId: 'prov-1' }, linkedAt: JAN, ...overrides };
}

export function mark(findingId: string, overrides: Partial<CommitmentMark> = {}): CommitmentMark {
  return { findingId, childId: 'child-1', status: 'kept', evidenceRecordId: null, note: 'Therapy happened', markedAt: JAN, ...overrides };
}

export const TABLES = ['records', 'recordHeads', 'children', 'calendars', 'plans', 'events', 'links', 'marks', 'findings', 'analyses'] as const;

/** Every table's rows, to compare a database before and after. */
export async function snapshot(db: OnRecordDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await db.table(table).toArray();
  return out;
}

/** Two emails about Amelia and one unassigned page, with her plan, events, a link and a mark. */
export async function seedEverything(db: OnRecordDatabase): Promise<{ recordIds: string[] }> {
  const { recordIds } = await saveCaptured(
    db,
    [
      makeItem(),
      makeItem({ messageId: 'msg-2', text: 'We will start Lexia three times a week.' }),
      makeItem({ kind: 'page', adapter: 'article', messageId: null, text: 'Portal post', from: null, sentAt: null }),
    ],
    { childFor: (r) => (r.kind === 'email' ? 'child-1' : null) },
  );
  const [first, second] = recordIds as [string, string, string];
  await db.children.bulkPut([child(), child({ id: 'child-2', name: 'Leo Jones', calendarId: null, senStatus: 'ehc-plan', primaryNeed: 'ASD', secondaryNeed: 'SEMH' })]);
  await db.calendars.put(calendar());
  await db.plans.bulkPut([plan(), plan({ id: 'plan-2', childId: 'child-2', kind: 'ehc-plan', reviewOn: null, targets: [], revisions: [] })]);
  await db.events.bulkPut([event({ recordId: first }), event({ id: 'event-2', kind: 'annual-review', childId: 'child-2', day: '2026-03-02', note: '' })]);
  await db.links.bulkPut([link(`${first}:commitment:10-40`), link(`${second}:vague:0-12`, { item: null })]);
  await db.marks.put(mark(`${first}:commitment:10-40`, { evidenceRecordId: second }));
  return { recordIds };
}
