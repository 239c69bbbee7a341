import type { OnRecordDatabase } from '@/lib/db/database';
import { analyseRecord } from '@/lib/findings/analyse-record';
import { ANALYSIS_VERSION } from '@/lib/findings/analysis-version';
import { loadCalendarLookup, type CalendarLookup } from '@/lib/db/repositories/calendar-lookup';
import { carryParentEntries, parentEntryTables, readParentEntries } from '@/lib/db/repositories/carry-over';
import type { AnalysisStamp, StoredFinding } from '@/lib/model/finding';
import type { SavedRecord } from '@/lib/model/record';

/**
 * Analyses these records against their child's term calendar and replaces their stored findings,
 * all in one transaction. Links and marks are keyed by finding id, which stays the same for the
 * same words. When new rules move the words (so the id), what the parent linked and marked moves
 * with them to the overlapping new finding, or stays on the old one, kept as retired, in the same
 * transaction: a crash never leaves half-moved marks (see carry-over.ts).
 */
export async function analyseAndStore(
  db: OnRecordDatabase,
  recordIds: string[],
  lookup?: CalendarLookup,
  now = new Date(),
): Promise<number> {
  if (recordIds.length === 0) return 0;
  const calendarFor = lookup ?? (await loadCalendarLookup(db));
  const at = now.toISOString();
  return db.transaction('rw', [db.records, db.findings, db.analyses, ...parentEntryTables(db)], async () => {
    const records = (await db.records.bulkGet(recordIds)).filter((r) => r !== undefined);
    let found = 0;
    for (const record of records) {
      const { calendar, key } = calendarFor(record.childId);
      const findings = analyseRecord(record, calendar);
      const entered = await readParentEntries(db, record.id);
      await db.findings.where('recordId').equals(record.id).delete();
      await db.findings.bulkPut(findings);
      if (entered) await carryParentEntries(db, record, entered, findings, { version: ANALYSIS_VERSION, at });
      await db.analyses.put({ recordId: record.id, version: ANALYSIS_VERSION, calendarKey: key, analysedAt: at });
      found += findings.length;
    }
    return found;
  });
}

/**
 * The findings and stamp of a record that is being created: nothing can be linked or marked on
 * findings that never existed, so there is nothing to carry over and nothing to delete. Pure CPU,
 * so it runs inside the transaction that writes the record (an import's batch).
 */
export function firstAnalysis(record: SavedRecord, lookup: CalendarLookup, at: string): { findings: StoredFinding[]; stamp: AnalysisStamp } {
  const { calendar, key } = lookup(record.childId);
  return { findings: analyseRecord(record, calendar), stamp: { recordId: record.id, version: ANALYSIS_VERSION, calendarKey: key, analysedAt: at } };
}

/**
 * Records never analysed, analysed by older rules, or read against a calendar since changed. With
 * `among`, only those records are looked at (the ones a write said it changed); without, every
 * record is (install and start-up catch-up).
 */
export async function staleRecordIds(db: OnRecordDatabase, lookup?: CalendarLookup, among?: readonly string[]): Promise<string[]> {
  const calendarFor = lookup ?? (await loadCalendarLookup(db));
  const [stamps, heads] = among
    ? await Promise.all([db.analyses.bulkGet([...among]), db.recordHeads.bulkGet([...among])])
    : await Promise.all([db.analyses.toArray(), db.recordHeads.toArray()]);
  const stampOf = new Map(stamps.filter((s) => s !== undefined).map((s) => [s.recordId, s]));
  return heads
    .filter((head) => head !== undefined)
    .filter((head) => {
      const stamp = stampOf.get(head.id);
      return !stamp || stamp.version !== ANALYSIS_VERSION || (stamp.calendarKey ?? '') !== calendarFor(head.childId).key;
    })
    .map((head) => head.id);
}

/**
 * Reads again the records whose analysis is out of date and returns how many. Given `recordIds`
 * (what a write returned), only those are checked: no whole-table read on every change.
 */
export async function analyseStale(db: OnRecordDatabase, recordIds?: readonly string[]): Promise<number> {
  if (recordIds?.length === 0) return 0;
  const lookup = await loadCalendarLookup(db);
  const stale = await staleRecordIds(db, lookup, recordIds && [...new Set(recordIds)]);
  // In batches, so a large record never holds one long transaction.
  for (let i = 0; i < stale.length; i += 200) await analyseAndStore(db, stale.slice(i, i + 200), lookup);
  return stale.length;
}

/** What was found in one record, and whether it has been read at all (its stamp). */
export async function findingsOfRecord(db: OnRecordDatabase, recordId: string): Promise<{ stamp: AnalysisStamp | undefined; findings: StoredFinding[] }> {
  const [stamp, findings] = await Promise.all([db.analyses.get(recordId), db.findings.where('recordId').equals(recordId).toArray()]);
  return { stamp, findings };
}

/** Every finding's [recordId, kind], from the index alone: enough to count them, never reading one. */
export async function findingKindKeys(db: OnRecordDatabase): Promise<[string, string][]> {
  return (await db.findings.orderBy('[recordId+kind]').keys()) as unknown as [string, string][];
}
