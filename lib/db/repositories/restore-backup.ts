import type { Table } from 'dexie';
import type { OnRecordDatabase } from '@/lib/db/database';
import { findDuplicate } from '@/lib/db/repositories/find-duplicate';
import type { SavedCollections } from '@/lib/db/repositories/read-backup';
import { parseFindingId } from '@/lib/findings/finding-id';
import { headOf } from '@/lib/model/record-head';
import type { SavedRecord } from '@/lib/model/record';

/** The collections merged entry by entry, by key (id, or findingId for links and marks). */
export type MergedCollection = Exclude<keyof SavedCollections, 'records'>;
type EntryOf<C extends MergedCollection> = SavedCollections[C][number];

/** What a restore may read while it decides, inside its one transaction. */
export interface RestoreReads {
  /** Which of these record ids are saved here. */
  recordIdsHere(recordIds: readonly string[]): Promise<Set<string>>;
  /** The id of the record here that this one repeats (see find-duplicate.ts), if any. */
  copyHereOf(record: SavedRecord): Promise<string | undefined>;
  /** The ids of every child, or every set of term dates, here. */
  idsHere(collection: 'children' | 'calendars'): Promise<string[]>;
  /** The entries here under these keys, in the same order; undefined where there is none. */
  entriesHere<C extends MergedCollection>(collection: C, keys: readonly string[]): Promise<(EntryOf<C> | undefined)[]>;
}

/** What a restore writes: new records (with their heads) added; every other entry put by its key. */
export type RestoreWrites = SavedCollections;

export interface RestorePlan<T> {
  writes: RestoreWrites;
  /** Whatever the planner wants back (counts, warnings), returned once everything is written. */
  result: T;
}

/**
 * Runs a restore as one read-write transaction: `plan` reads what is here and decides what to write
 * (the merge rules are lib/backup's), then it is all written. Anything thrown, by the plan or a
 * write, rolls everything back: a restore happens whole or not at all.
 */
export async function restoreBackup<T>(db: OnRecordDatabase, plan: (reads: RestoreReads) => Promise<RestorePlan<T>>): Promise<T> {
  const tables = [db.records, db.recordHeads, db.children, db.calendars, db.plans, db.events, db.links, db.marks, db.analyses];
  const merged = <C extends MergedCollection>(collection: C) => db[collection] as unknown as Table<EntryOf<C>, string>;
  const reads: RestoreReads = {
    recordIdsHere: async (recordIds) => new Set((await db.records.where(':id').anyOf([...recordIds]).primaryKeys()) as string[]),
    copyHereOf: async (record) => (await findDuplicate(db, record))?.id,
    idsHere: async (collection) => (await db[collection].toCollection().primaryKeys()) as string[],
    entriesHere: (collection, keys) => merged(collection).bulkGet([...keys]),
  };
  return db.transaction('rw', tables, async () => {
    const { writes, result } = await plan(reads);
    await db.children.bulkPut(writes.children);
    await db.calendars.bulkPut(writes.calendars);
    await db.plans.bulkPut(writes.plans);
    await db.events.bulkPut(writes.events);
    await db.links.bulkPut(writes.links);
    await db.marks.bulkPut(writes.marks);
    await db.records.bulkAdd(writes.records);
    await db.recordHeads.bulkAdd(writes.records.map(headOf));
    // Marks and links from a backup name findings by the rules that made it. Forgetting that their
    // records were read makes the next catch-up read them again, which carries each entry over to
    // today's finding with the same words (or keeps it on a retired stub): none is left unseen.
    const marked = new Set<string>();
    for (const { findingId } of [...writes.links, ...writes.marks]) {
      const recordId = parseFindingId(findingId)?.recordId;
      if (recordId) marked.add(recordId);
    }
    await db.analyses.bulkDelete([...marked]);
    return result;
  });
}
