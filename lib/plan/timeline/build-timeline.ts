// One child's timeline as a flat list for a virtualised view: newest period first, each a header
// row followed by its entries, newest first. Built for years of email (10,000 records, 30,000
// findings): every list is read once into maps, each day's period and sort number are worked out
// once, and entries are sorted by number, with no wrapper object per row.

import type { Flag } from '@/lib/plan/flags/types';
import { commitmentState } from '@/lib/plan/timeline/commitment-state';
import { flagTargets, type FlagTargets } from '@/lib/plan/timeline/flag-targets';
import { periodFinder, type Period } from '@/lib/plan/timeline/periods';
import { ukDayOf } from '@/lib/plan/timeline/record-day';
import { indexRecordSet } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet, TermCounts, TimelineClock, TimelineEntry, TimelineRow } from '@/lib/plan/timeline/types';

export { filterTimeline, type TimelineFilter } from '@/lib/plan/timeline/filter-timeline';

const NO_FLAGS: readonly string[] = Object.freeze([]);

/** Within one day: deadlines first, then plan changes, meetings, promises, and the emails last. */
const TYPE_RANK: Record<TimelineEntry['type'], number> = { clock: 0, plan: 1, event: 2, commitment: 3, record: 4 };

/** Entries and, at the same positions, the time that breaks ties within a day (newest first). */
interface Collected {
  rows: TimelineEntry[];
  times: string[];
}

export function buildTimeline(set: ChildRecordSet, flags: readonly Flag[], clocks: readonly TimelineClock[]): TimelineRow[] {
  const collected: Collected = { rows: [], times: [] };
  const targets = flagTargets(flags);
  collectFindingsAndRecords(set, targets, collected);
  collectEventsPlansClocks(set, targets, clocks, collected);
  return groupByPeriod(set, collected);
}

function collectFindingsAndRecords(set: ChildRecordSet, targets: FlagTargets, out: Collected): void {
  const index = indexRecordSet(set);
  // Per record: [promises, vague phrases]. One map, one lookup per finding.
  const countsOf = new Map<string, [number, number]>();
  for (const finding of set.findings) {
    if (finding.kind !== 'commitment' && finding.kind !== 'vague') continue;
    let counts = countsOf.get(finding.recordId);
    if (!counts) countsOf.set(finding.recordId, (counts = [0, 0]));
    if (finding.kind === 'vague') {
      counts[1]++;
      continue;
    }
    counts[0]++;
    const recordDay = index.recordDay.get(finding.recordId) ?? null;
    const day = finding.due ?? recordDay;
    if (!day) continue; // no date and its email is not saved: nowhere to put it
    const mark = index.markByFinding.get(finding.id);
    out.rows.push({
      type: 'commitment',
      key: `commitment:${finding.id}`,
      day,
      flagIds: targets.byFinding.get(finding.id) ?? NO_FLAGS,
      finding,
      state: commitmentState(finding, mark, set.today),
      mark,
      recordDay,
    });
    out.times.push(recordDay ?? '');
  }
  for (const head of set.records) {
    const day = index.recordDay.get(head.id);
    if (!day) continue;
    const counts = countsOf.get(head.id);
    out.rows.push({
      type: 'record',
      key: `record:${head.id}`,
      day,
      flagIds: targets.byRecord.get(head.id) ?? NO_FLAGS,
      head,
      commitments: counts?.[0] ?? 0,
      vague: counts?.[1] ?? 0,
    });
    out.times.push(head.sentAt ?? head.capturedAt);
  }
}

function collectEventsPlansClocks(set: ChildRecordSet, targets: FlagTargets, clocks: readonly TimelineClock[], out: Collected): void {
  const keys = new Set<string>();
  // Plans and clocks carry no id per row: a repeated key gets a counter, so keys stay unique.
  const uniqueKey = (key: string): string => {
    let unique = key;
    for (let n = 2; keys.has(unique); n++) unique = `${key}#${n}`;
    keys.add(unique);
    return unique;
  };
  const add = (row: TimelineEntry, time: string) => {
    out.rows.push(row);
    out.times.push(time);
  };
  for (const event of set.events) add({ type: 'event', key: `event:${event.id}`, day: event.day, flagIds: NO_FLAGS, event }, event.createdAt);
  for (const plan of set.plans) {
    add(
      { type: 'plan', key: uniqueKey(`plan:${plan.id}:started`), day: plan.startsOn, change: 'started', plan, summary: plan.title, flagIds: targets.byPlanStart.get(plan.id) ?? NO_FLAGS },
      plan.createdAt,
    );
    for (const revision of plan.revisions) {
      const day = ukDayOf(revision.at);
      if (day) add({ type: 'plan', key: uniqueKey(`plan:${plan.id}:changed:${revision.at}`), day, change: 'changed', plan, summary: revision.summary, flagIds: NO_FLAGS }, revision.at);
    }
    if (plan.reviewOn) {
      add(
        { type: 'plan', key: uniqueKey(`plan:${plan.id}:review-due`), day: plan.reviewOn, change: 'review-due', plan, summary: plan.title, flagIds: targets.byPlanReview.get(plan.id) ?? NO_FLAGS },
        '',
      );
    }
  }
  for (const clock of clocks) add({ type: 'clock', key: uniqueKey(`clock:${clock.id}:${clock.dueOn}`), day: clock.dueOn, flagIds: NO_FLAGS, clock }, '');
}

interface Group {
  period: Period;
  /** Positions in the collected rows. */
  members: number[];
  counts: TermCounts;
}

function groupByPeriod(set: ChildRecordSet, { rows, times }: Collected): TimelineRow[] {
  const periodOf = periodFinder(set.calendar);
  const groups = new Map<string, Group>();
  const groupOf = (period: Period): Group => {
    let group = groups.get(period.key);
    if (!group) {
      group = { period, members: [], counts: { records: 0, commitments: 0, overdue: 0, vague: 0, events: 0 } };
      groups.set(period.key, group);
    }
    return group;
  };
  const now = periodOf(set.today);
  groupOf(now); // the period holding today is shown even when nothing is in it yet

  // Day and type as one number: numbers compare far faster than strings when sorting.
  const order = new Float64Array(rows.length);
  const dayNumbers = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let n = dayNumbers.get(row.day);
    if (n === undefined) dayNumbers.set(row.day, (n = Number(row.day.slice(0, 4) + row.day.slice(5, 7) + row.day.slice(8, 10)) || 0));
    order[i] = n * 8 + (7 - TYPE_RANK[row.type]);
    const group = groupOf(periodOf(row.day));
    group.members.push(i);
    count(group.counts, row);
  }
  const newestFirst = (a: number, b: number): number => {
    if (order[a] !== order[b]) return order[b]! - order[a]!;
    if (times[a] !== times[b]) return times[a]! < times[b]! ? 1 : -1;
    const ka = rows[a]!.key;
    const kb = rows[b]!.key;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

  const ordered = [...groups.values()].sort((a, b) => (a.period.from < b.period.from ? 1 : a.period.from > b.period.from ? -1 : 0));
  const out: TimelineRow[] = [];
  for (const { period, members, counts } of ordered) {
    out.push({ type: 'term', key: period.key, label: period.label, period: period.kind, from: period.from, to: period.to, current: period.key === now.key, counts });
    members.sort(newestFirst);
    for (const i of members) out.push(rows[i]!);
  }
  return out;
}

function count(counts: TermCounts, row: TimelineEntry): void {
  switch (row.type) {
    case 'record':
      counts.records++;
      counts.vague += row.vague;
      break;
    case 'commitment':
      counts.commitments++;
      if (row.state === 'overdue') counts.overdue++;
      break;
    case 'event':
      counts.events++;
      break;
  }
}
