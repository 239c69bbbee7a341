import type { Table } from 'dexie';
import type { OnRecordDatabase } from '@/lib/db/database';
import { carryOver } from '@/lib/findings/carry-over';
import { parseFindingId, type FindingSpan } from '@/lib/findings/finding-id';
import { retireFinding, type Retirement } from '@/lib/findings/retired-finding';
import type { StoredFinding } from '@/lib/model/finding';
import type { SavedRecord } from '@/lib/model/record';

/**
 * Every collection keyed by finding id: what a parent entered on a finding (a kept / not-kept mark
 * with its evidence and note; a link to the support plan). A new one belongs here, so re-analysis
 * carries it over too.
 */
export const PARENT_ENTRY_TABLES = ['marks', 'links'] as const satisfies readonly (keyof OnRecordDatabase)[];
export type ParentEntryTable = (typeof PARENT_ENTRY_TABLES)[number];

type Entry = { findingId: string };

function tableOf(db: OnRecordDatabase, name: ParentEntryTable): Table<Entry, string> {
  return db[name] as unknown as Table<Entry, string>;
}

/** The tables carryParentEntries reads and writes: callers open their transaction over these too. */
export function parentEntryTables(db: OnRecordDatabase): Table[] {
  return PARENT_ENTRY_TABLES.map((name) => db[name] as unknown as Table);
}

/** What the parent entered on one record's findings, read before its findings are replaced. */
export interface ParentEntries {
  recordId: string;
  /** Finding id -> the tables holding an entry on it. */
  entries: Map<string, Set<ParentEntryTable>>;
  /** The record's findings as stored before (retired ones included). */
  before: StoredFinding[];
}

/**
 * Reads what the parent entered on a record's findings, whether or not the finding was stored (a
 * restored backup brings marks and links whose findings this install never had); null when there
 * is nothing, so a record nobody marked costs two key reads. Call it before the findings go.
 */
export async function readParentEntries(db: OnRecordDatabase, recordId: string): Promise<ParentEntries | null> {
  const prefix = `${recordId}:`;
  const entries = new Map<string, Set<ParentEntryTable>>();
  for (const name of PARENT_ENTRY_TABLES) {
    const ids = (await tableOf(db, name).where(':id').startsWith(prefix).primaryKeys()) as string[];
    for (const id of ids) {
      let on = entries.get(id);
      if (!on) entries.set(id, (on = new Set()));
      on.add(name);
    }
  }
  if (entries.size === 0) return null;
  return { recordId, entries, before: await db.findings.where('recordId').equals(recordId).toArray() };
}

export interface CarryOutcome {
  /** Old finding id -> the new finding its entries moved to. */
  moved: Map<string, string>;
  /** Gone findings kept, with their old ids, because entries are on them and could not move. */
  retired: StoredFinding[];
}

/**
 * Moves what the parent entered on a record's findings from those the rules no longer find onto
 * the new finding of the same kind whose words overlap most (lib/findings/carry-over.ts). What
 * cannot move (no new finding of its kind shares a word, or the one that does holds an entry of
 * its own) stays on its old id, and that finding is kept as retired (lib/findings/retired-finding.ts)
 * so nothing the parent entered is lost or hidden. Call it inside the transaction that replaces the
 * record's findings, after the new ones are stored; it stores the retired ones.
 */
export async function carryParentEntries(
  db: OnRecordDatabase,
  record: Pick<SavedRecord, 'id' | 'text' | 'childId'>,
  { entries: found, before }: ParentEntries,
  after: readonly StoredFinding[],
  retirement: Retirement,
): Promise<CarryOutcome> {
  // Where each entry's words are: its stored finding's, else read from its id.
  const spans = new Map<string, FindingSpan>(before.map((f) => [f.id, f]));
  const entries = new Map<string, Set<ParentEntryTable>>();
  for (const [id, on] of found) {
    const span = spans.get(id) ?? parseFindingId(id);
    if (span?.recordId !== record.id) continue;
    spans.set(id, span);
    entries.set(id, on);
  }

  const moved = carryOver([...spans.values()], after, entries);
  for (const [from, to] of moved) {
    for (const name of entries.get(from)!) {
      const table = tableOf(db, name);
      const entry = await table.get(from);
      if (!entry) continue;
      await table.delete(from);
      await table.put({ ...entry, findingId: to });
    }
  }

  const stillFound = new Set(after.map((f) => f.id));
  const beforeById = new Map(before.map((f) => [f.id, f]));
  const retired: StoredFinding[] = [];
  for (const id of entries.keys()) {
    if (stillFound.has(id) || moved.has(id)) continue;
    retired.push(retireFinding(spans.get(id)!, beforeById.get(id), record, retirement));
  }
  await db.findings.bulkPut(retired);
  return { moved, retired };
}
