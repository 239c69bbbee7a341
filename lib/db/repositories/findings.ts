import type { OnRecordDatabase } from '@/lib/db/database';
import { analyseRecord } from '@/lib/findings/analyse-record';
import { ANALYSIS_VERSION } from '@/lib/findings/analysis-version';
import { loadCalendarLookup, type CalendarLookup } from '@/lib/db/repositories/calendar-lookup';

/**
 * Analyses these records against their child's term calendar and replaces their stored findings,
 * all in one transaction. Links and marks are keyed by finding id, which stays the same for the
 * same words, so reading a record again keeps what the parent linked and marked.
 */
export async function analyseAndStore(
  db: OnRecordDatabase,
  recordIds: string[],
  lookup?: CalendarLookup,
  now = new Date(),
): Promise<number> {
  if (recordIds.length === 0) return 0;
  const calendarFor = lookup ?? (await loadCalendarLookup(db));
  return db.transaction('rw', db.records, db.findings, db.analyses, async () => {
    const records = (await db.records.bulkGet(recordIds)).filter((r) => r !== undefined);
    let found = 0;
    for (const record of records) {
      const { calendar, key } = calendarFor(record.childId);
      const findings = analyseRecord(record, calendar);
      await db.findings.where('recordId').equals(record.id).delete();
      await db.findings.bulkPut(findings);
      await db.analyses.put({ recordId: record.id, version: ANALYSIS_VERSION, calendarKey: key, analysedAt: now.toISOString() });
      found += findings.length;
    }
    return found;
  });
}

/** Records never analysed, analysed by older rules, or read against a calendar since changed. */
export async function staleRecordIds(db: OnRecordDatabase, lookup?: CalendarLookup): Promise<string[]> {
  const calendarFor = lookup ?? (await loadCalendarLookup(db));
  const stamps = new Map((await db.analyses.toArray()).map((s) => [s.recordId, s]));
  const heads = await db.recordHeads.toArray();
  return heads
    .filter((head) => {
      const stamp = stamps.get(head.id);
      return !stamp || stamp.version !== ANALYSIS_VERSION || (stamp.calendarKey ?? '') !== calendarFor(head.childId).key;
    })
    .map((head) => head.id);
}

export async function analyseStale(db: OnRecordDatabase): Promise<number> {
  const lookup = await loadCalendarLookup(db);
  const stale = await staleRecordIds(db, lookup);
  // In batches, so a large record never holds one long transaction.
  for (let i = 0; i < stale.length; i += 200) await analyseAndStore(db, stale.slice(i, i + 200), lookup);
  return stale.length;
}
