// A database as ANALYSIS_VERSION 1 left it (tests/fixtures/db/analysis-v1-database.json, made by the
// version 1 code: see the README there), with a parent's marks, notes and plan links, read again by
// today's rules. The rules keep changing, so this checks the carry-over's promise, never offsets:
// every entry survives, unchanged but for the finding it points at; each points at a finding that
// exists; a moved one points at the new finding whose words overlap its old ones most; one that
// could not move stays on its old finding, kept as retired and still shown; nothing else changes.
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { v1 } from '@/lib/db/migrations/v1';
import { v2 } from '@/lib/db/migrations/v2';
import { v3 } from '@/lib/db/migrations/v3';
import { v4 } from '@/lib/db/migrations/v4';
import { analyseStale, findingsOfRecord } from '@/lib/db/repositories/findings';
import { loadCalendarLookup } from '@/lib/db/repositories/calendar-lookup';
import { loadChildRecordSet } from '@/lib/db/repositories/load-child-set';
import { PARENT_ENTRY_TABLES, type ParentEntryTable } from '@/lib/db/repositories/carry-over';
import { analyseRecord } from '@/lib/findings/analyse-record';
import { ANALYSIS_VERSION } from '@/lib/findings/analysis-version';
import { overlapOf } from '@/lib/findings/carry-over';
import { isRetired } from '@/lib/findings/retired-finding';
import type { StoredFinding } from '@/lib/model/finding';
import type { SavedRecord } from '@/lib/model/record';
import { buildTimeline } from '@/lib/plan/timeline/build-timeline';

interface Dump {
  schemaVersion: number;
  analysisVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}
type Entry = { findingId: string } & Record<string, unknown>;

const dump = JSON.parse(readFileSync(new URL('../../fixtures/db/analysis-v1-database.json', import.meta.url), 'utf8')) as Dump;
const MIGRATIONS = [v1, v2, v3, v4];
const name = `analysis-carry-over-${crypto.randomUUID()}`;

/** The dump written at its own schema, then opened as today's database (upgrading if need be). */
async function loadDump(): Promise<OnRecordDatabase> {
  const old = new Dexie(name);
  for (const migrate of MIGRATIONS.slice(0, dump.schemaVersion)) migrate(old);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new OnRecordDatabase(name);
  await db.open();
  return db;
}

const findingsBefore = new Map((dump.tables.findings as unknown as StoredFinding[]).map((f) => [f.id, f]));
const entriesBefore = (table: ParentEntryTable) => dump.tables[table] as unknown as Entry[];
const withoutFinding = ({ findingId: _, ...rest }: Entry) => rest;

let db: OnRecordDatabase;
let after: { findings: Map<string, StoredFinding>; entries: Record<ParentEntryTable, Entry[]> };

beforeAll(async () => {
  db = await loadDump();
  expect(await analyseStale(db)).toBe(dump.tables.records!.length);
  const entries = {} as Record<ParentEntryTable, Entry[]>;
  for (const table of PARENT_ENTRY_TABLES) entries[table] = (await db.table(table).toArray()) as Entry[];
  after = { findings: new Map((await db.findings.toArray()).map((f) => [f.id, f])), entries };
});

/** Today's findings (not retired) in the same record and of the same kind as this one. */
function rivals(old: StoredFinding): StoredFinding[] {
  return [...after.findings.values()].filter((f) => !isRetired(f) && f.recordId === old.recordId && f.kind === old.kind);
}

describe('a version 1 database read by today’s rules', () => {
  it('was made by older rules than these, so every record was read again', () => {
    expect(dump.analysisVersion).toBeLessThan(ANALYSIS_VERSION);
    expect(dump.schemaVersion).toBeLessThanOrEqual(MIGRATIONS.length);
    expect(entriesBefore('marks').length).toBeGreaterThan(0);
    expect(entriesBefore('links').length).toBeGreaterThan(0);
    expect(entriesBefore('marks').some((m) => (m.note as string).length > 0)).toBe(true);
  });

  it('keeps every mark (with its evidence and note) and every link, changed at most in the finding it points at', () => {
    for (const table of PARENT_ENTRY_TABLES) {
      const before = entriesBefore(table).map(withoutFinding);
      const now = after.entries[table].map(withoutFinding);
      const key = (e: Record<string, unknown>) => JSON.stringify(e, Object.keys(e).sort());
      expect(now.map(key).sort(), table).toEqual(before.map(key).sort());
    }
  });

  it('points every mark and link at a finding that exists, in the same record', () => {
    for (const table of PARENT_ENTRY_TABLES) {
      for (const entry of after.entries[table]) {
        const finding = after.findings.get(entry.findingId);
        expect(finding, `${table} ${entry.findingId}`).toBeDefined();
      }
    }
  });

  it('moves an entry only to the finding of its kind whose words overlap its old words most (nearest start on a tie)', () => {
    for (const table of PARENT_ENTRY_TABLES) {
      // Entries are matched before and after by everything but their finding (the test above).
      for (const entry of after.entries[table]) {
        const key = JSON.stringify(withoutFinding(entry));
        const was = entriesBefore(table).find((e) => JSON.stringify(withoutFinding(e)) === key)!;
        if (was.findingId === entry.findingId) continue;
        const old = findingsBefore.get(was.findingId)!;
        const now = after.findings.get(entry.findingId)!;
        expect(now.kind).toBe(old.kind);
        expect(now.recordId).toBe(old.recordId);
        expect(isRetired(now)).toBe(false);
        const most = Math.max(...rivals(old).map((f) => overlapOf(old, f)));
        expect(overlapOf(old, now)).toBe(most);
        const nearest = Math.min(...rivals(old).filter((f) => overlapOf(old, f) === most).map((f) => Math.abs(f.start - old.start)));
        expect(Math.abs(now.start - old.start)).toBe(nearest);
        // The old finding is gone: nothing else was left on it.
        expect(after.findings.has(was.findingId)).toBe(false);
      }
    }
  });

  it('keeps an entry on its old finding only when the rules still find it, or nothing of its kind overlaps, or the best overlap holds its own', () => {
    for (const table of PARENT_ENTRY_TABLES) {
      for (const entry of after.entries[table]) {
        const finding = after.findings.get(entry.findingId)!;
        if (!isRetired(finding)) continue;
        const old = findingsBefore.get(entry.findingId)!;
        // Shown as it was: the same words and what was said about them.
        expect({ ...finding, retired: undefined }).toEqual({ ...old, retired: undefined });
        expect(finding.retired.version).toBe(ANALYSIS_VERSION);
        const overlapping = rivals(old).filter((f) => overlapOf(old, f) > 0);
        if (overlapping.length === 0) continue;
        const most = Math.max(...overlapping.map((f) => overlapOf(old, f)));
        const best = overlapping.filter((f) => overlapOf(old, f) === most);
        // Its place was taken: the best fit holds an entry of the same kind already.
        expect(best.some((f) => after.entries[table].some((e) => e.findingId === f.id))).toBe(true);
      }
    }
  });

  it('still shows what was kept on retired findings: in the record, and promises on the timeline with their mark', async () => {
    const childId = (dump.tables.children![0] as { id: string }).id;
    const set = (await loadChildRecordSet(db, childId, '2024-12-01'))!;
    const rows = buildTimeline(set, [], []);
    for (const finding of after.findings.values()) {
      if (!isRetired(finding)) continue;
      const { findings } = await findingsOfRecord(db, finding.recordId);
      expect(findings.map((f) => f.id)).toContain(finding.id);
      if (finding.kind !== 'commitment') continue;
      const mark = after.entries.marks.find((m) => m.findingId === finding.id);
      const row = rows.find((r) => r.key === `commitment:${finding.id}`);
      expect(row, finding.id).toMatchObject(mark ? { type: 'commitment', state: mark.status } : { type: 'commitment' });
    }
  });

  it('changes nothing else: today’s findings are exactly what today’s rules find, besides retired ones with entries', async () => {
    for (const table of ['records', 'recordHeads', 'children', 'calendars', 'plans', 'events']) {
      expect(await db.table(table).toArray(), table).toEqual(dump.tables[table]);
    }
    const lookup = await loadCalendarLookup(db);
    const held = new Set(PARENT_ENTRY_TABLES.flatMap((t) => after.entries[t].map((e) => e.findingId)));
    for (const record of dump.tables.records as unknown as SavedRecord[]) {
      const fresh = analyseRecord(record, lookup(record.childId).calendar);
      const stored = [...after.findings.values()].filter((f) => f.recordId === record.id);
      expect(stored.filter((f) => !isRetired(f)).sort(byId)).toEqual(fresh.sort(byId));
      for (const f of stored.filter(isRetired)) expect(held.has(f.id), f.id).toBe(true);
      expect(await db.analyses.get(record.id)).toMatchObject({ version: ANALYSIS_VERSION });
    }
  });
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

afterAll(async () => {
  await db.delete();
});
