import type { OnRecordDatabase } from '@/lib/db/database';
import { restoreBackup, type RestorePlan, type RestoreReads } from '@/lib/db/repositories/restore-backup';
import type { Child } from '@/lib/model/plan';
import type { SavedRecord } from '@/lib/model/record';
import type { Backup } from '@/lib/backup/format';
import { damaged, validateBackup } from '@/lib/backup/validate-backup';
import { parseFindingId } from '@/lib/findings/finding-id';

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

/** Later wins; on a tie, or when the backup's time is the older, the copy here stays. */
function backupIsNewer(backup: string, here: string): boolean {
  return !(Date.parse(here) >= Date.parse(backup));
}

interface Merge<T> {
  write: T[];
  counts: MergeCounts;
}

/** Which of `incoming` to write over (or beside) what is `here`, by key, later `stamp` winning. */
async function mergeByKey<T>(here: (keys: string[]) => Promise<(T | undefined)[]>, incoming: T[], keyOf: (item: T) => string, stamp: (item: T) => string): Promise<Merge<T>> {
  // Two entries of the file can share a key once finding ids are remapped: the later one goes forward.
  const best = new Map<string, T>();
  let skipped = 0;
  for (const item of incoming) {
    const other = best.get(keyOf(item));
    if (other === undefined || backupIsNewer(stamp(item), stamp(other))) best.set(keyOf(item), item);
    if (other !== undefined) skipped++;
  }
  const candidates = [...best.values()];
  const existing = await here(candidates.map(keyOf));
  const write: T[] = [];
  let added = 0;
  let updated = 0;
  candidates.forEach((item, i) => {
    const ours = existing[i];
    if (ours === undefined) {
      added++;
      write.push(item);
    } else if (backupIsNewer(stamp(item), stamp(ours))) {
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
 *
 * The rules are here; the one transaction, its reads and its writes are lib/db's (restore-backup.ts).
 */
export async function importBackup(db: OnRecordDatabase, input: unknown): Promise<ImportOutcome> {
  const check = validateBackup(input);
  if (!check.ok) return { ok: false, added: 0, skipped: 0, error: check.error };
  const backup = check.backup;
  try {
    return await restoreBackup(db, (here) => mergeBackup(backup, here));
  } catch (error) {
    if (error instanceof Refused) return { ok: false, added: 0, skipped: 0, error: error.message };
    return { ok: false, added: 0, skipped: 0, error: `The backup could not be imported, so nothing was changed: ${String(error)}` };
  }
}

/** The merge rules above, deciding what to write from what is `here`; throws Refused to write nothing. */
async function mergeBackup(backup: Backup, here: RestoreReads): Promise<RestorePlan<Extract<ImportOutcome, { ok: true }>>> {
  // Records: which are new, and which are here already under another id.
  const idsHere = await here.recordIdsHere(backup.records.map((r) => r.id));
  const toAdd: SavedRecord[] = [];
  const addedByKey = new Map<string, string>();
  const sameAs = new Map<string, string>();
  for (const record of backup.records) {
    if (idsHere.has(record.id)) continue;
    const copy = addedByKey.get(captureKey(record)) ?? (await here.copyHereOf(record));
    if (copy === undefined) {
      toAdd.push(record);
      idsHere.add(record.id);
      addedByKey.set(captureKey(record), record.id);
    } else {
      sameAs.set(record.id, copy);
    }
  }
  const recordId = (id: string | null) => (id === null ? null : (sameAs.get(id) ?? id));
  // A finding id names its record (lib/findings/finding-id.ts): a record already here under another
  // id takes the mark or link with it, the rest of the id (kind and span) as written.
  const findingId = (id: string) => {
    const span = parseFindingId(id);
    const to = span && sameAs.get(span.recordId);
    return to ? `${to}${id.slice(span.recordId.length)}` : id;
  };

  // Everything a child owns must have its child, in the file or here.
  const childIds = new Set<string>([...backup.children.map((c) => c.id), ...(await here.idsHere('children'))]);
  for (const collection of Object.keys(OWNED) as (keyof typeof OWNED)[]) {
    backup[collection].forEach((item, i) => {
      if (!childIds.has(item.childId)) {
        throw new Refused(damaged(`a ${OWNED[collection]} belongs to a child who is neither in the backup nor on this computer`, [collection, i, 'childId']));
      }
    });
  }

  const children = await mergeByKey((keys) => here.entriesHere('children', keys), backup.children, (c) => c.id, (c) => c.updatedAt);
  const calendars = await mergeByKey((keys) => here.entriesHere('calendars', keys), backup.calendars, (c) => c.id, (c) => c.updatedAt);
  const plans = await mergeByKey((keys) => here.entriesHere('plans', keys), backup.plans, (p) => p.id, (p) => p.updatedAt);
  const events = await mergeByKey(
    (keys) => here.entriesHere('events', keys),
    backup.events.map((e) => ({ ...e, recordId: recordId(e.recordId) })),
    (e) => e.id,
    // Edited events carry updatedAt; ones saved before it existed only createdAt.
    (e) => e.updatedAt ?? e.createdAt,
  );
  const links = await mergeByKey(
    (keys) => here.entriesHere('links', keys),
    backup.links.map((l) => ({ ...l, findingId: findingId(l.findingId) })),
    (l) => l.findingId,
    (l) => l.linkedAt,
  );
  const marks = await mergeByKey(
    (keys) => here.entriesHere('marks', keys),
    backup.marks.map((m) => ({ ...m, findingId: findingId(m.findingId), evidenceRecordId: recordId(m.evidenceRecordId) })),
    (m) => m.findingId,
    (m) => m.markedAt,
  );

  // A child's term dates missing everywhere: keep the child, without them.
  const calendarIds = new Set<string>([...backup.calendars.map((c) => c.id), ...(await here.idsHere('calendars'))]);
  const warnings: string[] = [];
  const childrenToWrite: Child[] = children.write.map((child) => {
    if (child.calendarId === null || calendarIds.has(child.calendarId)) return child;
    warnings.push(`The school term dates for ${child.name.trim() || 'a child'} were not in the backup, so choose them again.`);
    return { ...child, calendarId: null };
  });

  const records = { added: toAdd.length, skipped: backup.records.length - toAdd.length };
  return {
    writes: {
      records: toAdd,
      children: childrenToWrite,
      calendars: calendars.write,
      plans: plans.write,
      events: events.write,
      links: links.write,
      marks: marks.write,
    },
    result: {
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
    },
  };
}
