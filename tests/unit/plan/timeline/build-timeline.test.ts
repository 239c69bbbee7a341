import { describe, expect, it } from 'vitest';
import { computeFlags } from '@/lib/plan/flags';
import { buildTimeline } from '@/lib/plan/timeline/build-timeline';
import { periodFinder } from '@/lib/plan/timeline/periods';
import type { ChildRecordSet, TimelineClock, TimelineRow } from '@/lib/plan/timeline/types';
import { commitment, event, head, largeSet, mark, plan, recordSet, vague } from './make-set';

/** Each row as "type key" or "term label", to compare whole timelines at a glance. */
function outline(rows: readonly TimelineRow[]): string[] {
  return rows.map((r) => (r.type === 'term' ? `term ${r.label}` : `${r.type} ${r.key}`));
}

// Today is Monday 2 March 2026, in the spring term.
const overdue = commitment('r1', '2026-02-13');
const undated = commitment('r3', null, { text: 'We will arrange a meeting.' });
const kept = commitment('r4', '2026-01-20');
const clock: TimelineClock = { id: 'annual-review', title: 'Annual review due', dueOn: '2026-09-08', state: 'running' };

function worked(overrides: Partial<ChildRecordSet> = {}): ChildRecordSet {
  return recordSet({
    records: [head('r1', '2026-02-10'), head('r2', '2025-12-22'), head('r3', '2026-03-02'), head('r4', '2025-11-05')],
    findings: [overdue, vague('r1'), vague('r1'), undated, kept],
    marks: [mark(kept.id, 'kept', { evidenceRecordId: 'r2' })],
    events: [event('e1', 'review', '2025-11-20')],
    plans: [plan('p1', '2025-09-08', { reviewOn: '2026-03-20', revisions: [{ at: '2025-10-01T19:00:00.000Z', summary: 'Added provision: Lexia' }] })],
    ...overrides,
  });
}

describe('buildTimeline', () => {
  it('lists terms newest first, each with its entries newest first', () => {
    const rows = buildTimeline(worked(), [], [clock]);
    expect(outline(rows)).toEqual([
      'term Autumn 2026',
      'clock clock:annual-review:2026-09-08',
      'term Spring 2026',
      'plan plan:p1:review-due',
      `commitment commitment:${undated.id}`, // undated: placed on the day of its email
      'record record:r3',
      `commitment commitment:${overdue.id}`, // dated: placed on its due day, after its email
      'record record:r1',
      `commitment commitment:${kept.id}`, // promised in November, due in January
      'term Christmas holiday 2025',
      'record record:r2',
      'term Autumn 2025',
      'event event:e1',
      'record record:r4',
      'plan plan:p1:changed:2025-10-01T19:00:00.000Z',
      'plan plan:p1:started',
    ]);
  });

  it('gives each header its dates, whether it holds today, and counts', () => {
    const rows = buildTimeline(worked(), [], [clock]);
    const spring = rows.find((r) => r.type === 'term' && r.label === 'Spring 2026');
    expect(spring).toEqual({
      type: 'term',
      key: 'term:2026-01-05',
      label: 'Spring 2026',
      period: 'term',
      from: '2026-01-05',
      to: '2026-03-27',
      current: true,
      counts: { records: 2, commitments: 3, overdue: 1, vague: 2, events: 0 },
    });
    expect(rows.filter((r) => r.type === 'term' && r.current)).toHaveLength(1);
    expect(rows.find((r) => r.type === 'term' && r.label === 'Autumn 2025')).toMatchObject({ counts: { records: 1, commitments: 0, events: 1 } });
  });

  it('gives promises their state and mark, and records their counts', () => {
    const rows = buildTimeline(worked(), [], []);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get(`commitment:${overdue.id}`)).toMatchObject({ state: 'overdue', day: '2026-02-13', recordDay: '2026-02-10' });
    expect(byKey.get(`commitment:${undated.id}`)).toMatchObject({ state: 'undated', day: '2026-03-02' });
    expect(byKey.get(`commitment:${kept.id}`)).toMatchObject({ state: 'kept', mark: { status: 'kept', evidenceRecordId: 'r2' } });
    expect(byKey.get('record:r1')).toMatchObject({ commitments: 1, vague: 2, day: '2026-02-10' });
    const open = buildTimeline(worked({ today: '2026-02-12' }), [], []).find((r) => r.key === `commitment:${overdue.id}`);
    expect(open).toMatchObject({ state: 'open' });
    const notKept = buildTimeline(worked({ marks: [mark(overdue.id, 'not-kept')] }), [], []).find((r) => r.key === `commitment:${overdue.id}`);
    expect(notKept).toMatchObject({ state: 'not-kept' });
  });

  it('points rows at the flags about them', () => {
    const set = worked();
    const flags = computeFlags(set);
    const rows = buildTimeline(set, flags, []);
    const flagsOf = (key: string) => rows.find((r) => r.key === key && r.type !== 'term');
    expect(flagsOf(`commitment:${overdue.id}`)).toMatchObject({ flagIds: [`overdue-commitment:${overdue.id}`] });
    expect(flagsOf(`commitment:${undated.id}`)).toMatchObject({ flagIds: [`undated-commitment:${undated.id}`] });
    expect(flagsOf('record:r1')).toMatchObject({ flagIds: [] });
    const late = buildTimeline(worked({ today: '2026-03-23' }), computeFlags(worked({ today: '2026-03-23' })), []);
    expect(late.find((r) => r.key === 'plan:p1:review-due')).toMatchObject({ flagIds: ['review-date-passed:p1:2026-03-20'] });
  });

  it('groups by month without term dates', () => {
    const rows = buildTimeline(worked({ calendar: null }), [], [clock]);
    expect(rows.filter((r) => r.type === 'term').map((r) => r.type === 'term' && `${r.label} ${r.period}`)).toEqual([
      'September 2026 month',
      'March 2026 month',
      'February 2026 month',
      'January 2026 month',
      'December 2025 month',
      'November 2025 month',
      'October 2025 month',
      'September 2025 month',
    ]);
  });

  it('shows the period holding today even when nothing is in it yet', () => {
    expect(buildTimeline(recordSet({ today: '2026-08-10' }), [], [])).toEqual([
      {
        type: 'term',
        key: 'holiday:2026-07-22',
        label: 'Summer holiday 2026',
        period: 'holiday',
        from: '2026-07-22',
        to: '2026-09-01',
        current: true,
        counts: { records: 0, commitments: 0, overdue: 0, vague: 0, events: 0 },
      },
    ]);
  });

  it('orders one day as deadlines, plan changes, meetings, promises, then emails (latest sent first)', () => {
    const day = '2026-02-10';
    const set = recordSet({
      records: [head('a', day, { sentAt: `${day}T09:00:00+00:00` }), head('b', day, { sentAt: `${day}T15:00:00+00:00` })],
      findings: [commitment('a', day)],
      events: [event('e', 'meeting', day)],
      plans: [plan('p', day)],
    });
    const rows = buildTimeline(set, [], [{ id: 'c', title: 'Deadline', dueOn: day, state: 'running' }]);
    expect(outline(rows).slice(-6)).toEqual([
      'clock clock:c:2026-02-10',
      'plan plan:p:started',
      'event event:e',
      `commitment commitment:${set.findings[0]!.id}`,
      'record record:b',
      'record record:a',
    ]);
  });

  it('places an email saved late on a summer evening (UTC) on the next UK day', () => {
    const set = recordSet({ records: [head('r', '2026-06-30', { sentAt: null, capturedAt: '2026-06-30T23:30:00.000Z' })], today: '2026-07-02' });
    expect(buildTimeline(set, [], []).find((r) => r.key === 'record:r')).toMatchObject({ day: '2026-07-01' });
  });

  it('leaves out an undated promise whose email is not saved, and keeps keys unique', () => {
    const set = worked({ findings: [commitment('gone', null), commitment('gone', '2026-02-01')] });
    const clocks = [clock, { ...clock }];
    const rows = buildTimeline(set, [], clocks);
    expect(rows.filter((r) => r.type === 'commitment')).toHaveLength(1);
    expect(rows.filter((r) => r.type === 'clock').map((r) => r.key)).toEqual(['clock:annual-review:2026-09-08', 'clock:annual-review:2026-09-08#2']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('gives the same keys when built again', () => {
    const a = buildTimeline(worked(), [], [clock]).map((r) => r.key);
    const b = buildTimeline(worked(), [], [clock]).map((r) => r.key);
    expect(b).toEqual(a);
  });

  it('builds 10,000 records and 30,000 findings into one row each, under the right headers', () => {
    const set = largeSet(10_000);
    const rows = buildTimeline(set, computeFlags(set), []);
    const entries = rows.filter((r) => r.type !== 'term');
    // Every record, every promise (all their emails are saved), and the plan's start and review date.
    expect(entries.filter((r) => r.type === 'record')).toHaveLength(10_000);
    expect(entries.filter((r) => r.type === 'commitment')).toHaveLength(10_000);
    expect(entries).toHaveLength(20_002);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);

    const periodOf = periodFinder(set.calendar);
    const headers = new Set(entries.map((r) => periodOf(r.day).key));
    headers.add(periodOf(set.today).key);
    expect(rows.length - entries.length).toBe(headers.size);

    // Headers newest first; each entry inside its header's dates, newest first.
    const misplaced: string[] = [];
    let header: Extract<TimelineRow, { type: 'term' }> | null = null;
    let lastDay = '';
    for (const row of rows) {
      if (row.type === 'term') {
        if (header && !(row.from < header.from)) misplaced.push(row.key);
        header = row;
        lastDay = '9999-12-31';
        continue;
      }
      if (!header || row.day < header.from || row.day > header.to || row.day > lastDay) misplaced.push(row.key);
      lastDay = row.day;
    }
    expect(misplaced).toEqual([]);
    const termTotals = rows.reduce((sum, r) => sum + (r.type === 'term' ? r.counts.vague : 0), 0);
    expect(termTotals).toBe(set.findings.filter((f) => f.kind === 'vague').length);
  });
});
