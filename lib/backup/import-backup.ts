import type { Table } from 'dexie';
import type { OnRecordDatabase } from '@/lib/db/database';
import type { Child } from '@/lib/model/plan';
import { findDuplicate } from '@/lib/db/repositories/find-duplicate';
import { headOf } from '@/lib/model/record-head';
import type { SavedRecord } from '@/lib/model/record';
import { damaged, validateBackup } from '@/lib/backup/validate-backup';

export interface RecordCounts {
  added: number;
  skipped: number;
}

/** added: new here; updated: the backup's copy was newer and replaced ours; skipped: ours kept. */
export interface MergeCounts extends RecordCounts {
  updated: number;
}

export interface ImportDetails {
  records: RecordCounts;
  children: MergeCounts;
  calendars: MergeCounts;
  plans: MergeCounts;
  events: MergeCounts;
  links: MergeCounts;
  marks: MergeCounts;
}

/** `added` and `skipped` count records, as they did before the backup carried anything else. */
export type ImportOutcome =
  | { ok: true; added: number; skipped: number; details: ImportDetails; warnings: string[] }
  | { ok: false; added: 0; skipped: 0; error: string };

/** The backup is sound on its own but cannot be joined to this database: nothing is written. */
class Refused extends Error {}

/** The duplicate key of saveCaptured's sameCapture: the message id, else the text hash and kind. */
function captureKey(record: SavedRecord): string {
  return record.messageId ? `message:${record.messageId}` : `text:${record.kind}:${record.textHash}`;
}

/** `${recordId}:${kind}:${start}-${end}` (see lib/model/finding.ts). */
const FINDING_ID = /^(.*)(:[^:]*:\d+-\d+)$/;

/** Later wins; on a tie, or when the backup's time is the older, the copy here stays. */
function backupIsNewer(backup: string, here: string): boolean {
  return !(Date.parse(here) >= Date.parse(backup));
}

interface Merge<T> {
  write: T[];
  counts: MergeCounts;
}

/** Which of `incoming` to write over (or beside) what `table` holds, by key, later `stamp` winning. */
async function mergeByKey<T>(table: Table<T, string>, incoming: T[], keyOf: (item: T) => string, stamp: (item: T) => string): Promise<Merge<T>> {
  // Two entries of the file can share a key once finding ids are remapped: the later one goes forward.
  const best = new Map<string, T>();
  let skipped = 0;
  for (const item of incoming) {
    const other = best.get(keyOf(item));
    if (other === undefined || backupIsNewer(stamp(item), stamp(other))) best.set(keyOf(item), item);
    if (other !== undefined) skipped++;
  }
  const candidates = [...best.values()];
  const here = await table.bulkGet(candidates.map(keyOf));
  const write: T[] = [];
  let added = 0;
  let updated = 0;
  candidates.forEach((item, i) => {
    const existing = here[i];
    if (existing === undefined) {
      added++;
      write.push(item);
    } else if (backupIsNewer(stamp(item), stamp(existing))) {
      updated++;
      write.push(item);
    } else {
      skipped++;
    }
  });
  return { write, counts: { added, updated, skipped } };
}

const OWNED = { plans: 'plan', events: 'event', links: 'link', marks: 'mark' } as const;

/**
 * Merges a backup into the database. Nothing is written unless all of it can be: the file is
 * checked whole first, every write shares one transaction, and a failure anywhere rolls all back.
 *
 * - Records: skipped when one is here (or earlier in the file) with the same id, the same webmail
 *   message id, or, without one, the same text hash and kind; added otherwise, with their heads.
 * - Children, calendars, plans and events by id; links and marks by finding id: added when absent;
 *   when present, the copy with the later updatedAt (events: updatedAt, or createdAt when an older
 *   copy has none; links: linkedAt, marks: markedAt) is kept, and on a tie the one here.
 * - A record skipped as a copy of one here under another id: the backup's links, marks and events
 *   that point at it (finding ids begin with the record id) are pointed at the one here instead.
 * - A plan, event, link or mark whose child is neither in the backup nor here refuses the import.
 *   A child whose term dates are neither in the backup nor here is kept with none, and a warning.
 */
export async function importBackup(db: OnRecordDatabase, input: unknown): Promise<ImportOutcome> {
  const check = validateBackup(input);
  if (!check.ok) return { ok: false, added: 0, skipped: 0, error: check.error };
  const backup = check.backup;
  const tables = [db.records, db.recordHeads, db.children, db.calendars, db.plans, db.events, db.links, db.marks];
  try {
    return await db.transaction('rw', tables, async () => {
      // Records: which are new, and which are here already under another id.
      const idsHere = new Set(await db.records.where(':id').anyOf(backup.records.map((r) => r.id)).primaryKeys());
      const toAdd: SavedRecord[] = [];
      const addedByKey = new Map<string, string>();
      const sameAs = new Map<string, string>();
      for (const record of backup.records) {
        if (idsHere.has(record.id)) continue;
        const copy = addedByKey.get(captureKey(record)) ?? (await findDuplicate(db, record))?.id;
        if (copy === undefined) {
          toAdd.push(record);
          idsHere.add(record.id);
          addedByKey.set(captureKey(record), record.id);
        } else {
          sameAs.set(record.id, copy);
        }
      }
      const recordId = (id: string | null) => (id === null ? null : (sameAs.get(id) ?? id));
      const findingId = (id: string) => {
        const m = FINDING_ID.exec(id);
        const to = m && sameAs.get(m[1]!);
        return to ? `${to}${m[2]}` : id;
      };

      // Everything a child owns must have its child, in the file or here.
      const childIds = new Set<string>([...backup.children.map((c) => c.id), ...(await db.children.toCollection().primaryKeys())]);
      for (const collection of Object.keys(OWNED) as (keyof typeof OWNED)[]) {
        backup[collection].forEach((item, i) => {
          if (!childIds.has(item.childId)) {
            throw new Refused(damaged(`a ${OWNED[collection]} belongs to a child who is neither in the backup nor on this computer`, [collection, i, 'childId']));
          }
        });
      }

      const children = await mergeByKey(db.children, backup.children, (c) => c.id, (c) => c.updatedAt);
      const calendars = await mergeByKey(db.calendars, backup.calendars, (c) => c.id, (c) => c.updatedAt);
      const plans = await mergeByKey(db.plans, backup.plans, (p) => p.id, (p) => p.updatedAt);
      const events = await mergeByKey(
        db.events,
        backup.events.map((e) => ({ ...e, recordId: recordId(e.recordId) })),
        (e) => e.id,
        // Edited events carry updatedAt; ones saved before it existed only createdAt.
        (e) => e.updatedAt ?? e.createdAt,
      );
      const links = await mergeByKey(
        db.links,
        backup.links.map((l) => ({ ...l, findingId: findingId(l.findingId) })),
        (l) => l.findingId,
        (l) => l.linkedAt,
      );
      const marks = await mergeByKey(
        db.marks,
        backup.marks.map((m) => ({ ...m, findingId: findingId(m.findingId), evidenceRecordId: recordId(m.evidenceRecordId) })),
        (m) => m.findingId,
        (m) => m.markedAt,
      );

      // A child's term dates missing everywhere: keep the child, without them.
      const calendarIds = new Set<string>([...backup.calendars.map((c) => c.id), ...(await db.calendars.toCollection().primaryKeys())]);
      const warnings: string[] = [];
      const childrenToWrite: Child[] = children.write.map((child) => {
        if (child.calendarId === null || calendarIds.has(child.calendarId)) return child;
        warnings.push(`The school term dates for ${child.name.trim() || 'a child'} were not in the backup, so choose them again.`);
        return { ...child, calendarId: null };
      });

      await db.children.bulkPut(childrenToWrite);
      await db.calendars.bulkPut(calendars.write);
      await db.plans.bulkPut(plans.write);
      await db.events.bulkPut(events.write);
      await db.links.bulkPut(links.write);
      await db.marks.bulkPut(marks.write);
      await db.records.bulkAdd(toAdd);
      await db.recordHeads.bulkAdd(toAdd.map(headOf));

      const records = { added: toAdd.length, skipped: backup.records.length - toAdd.length };
      return {
        ok: true as const,
        ...records,
        details: {
          records,
          children: children.counts,
          calendars: calendars.counts,
          plans: plans.counts,
          events: events.counts,
          links: links.counts,
          marks: marks.counts,
        },
        warnings,
      };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, added: 0, skipped: 0, error: error.message };
    return { ok: false, added: 0, skipped: 0, error: `The backup could not be imported, so nothing was changed: ${String(error)}` };
  }
}
