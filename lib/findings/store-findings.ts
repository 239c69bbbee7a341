import type { TermCalendar } from '../analysis/calendar/term-calendar';
import type { OnRecordDatabase } from '../db/database';
import { analyseRecord } from './analyse-record';
import { ANALYSIS_VERSION } from './analysis-version';

/** Analyses these records and replaces their stored findings, all in one transaction. */
export async function analyseAndStore(db: OnRecordDatabase, recordIds: string[], calendar: TermCalendar | null = null, now = new Date()): Promise<number> {
  if (recordIds.length === 0) return 0;
  return db.transaction('rw', db.records, db.findings, db.analyses, async () => {
    const records = (await db.records.bulkGet(recordIds)).filter((r) => r !== undefined);
    let found = 0;
    for (const record of records) {
      const findings = analyseRecord(record, calendar);
      await db.findings.where('recordId').equals(record.id).delete();
      await db.findings.bulkPut(findings);
      await db.analyses.put({ recordId: record.id, version: ANALYSIS_VERSION, analysedAt: now.toISOString() });
      found += findings.length;
    }
    return found;
  });
}

/** Records never analysed, or analysed by older rules. */
export async function staleRecordIds(db: OnRecordDatabase): Promise<string[]> {
  const current = new Set(await db.analyses.where('version').equals(ANALYSIS_VERSION).primaryKeys());
  const all = await db.records.toCollection().primaryKeys();
  return all.filter((id) => !current.has(id));
}

export async function analyseStale(db: OnRecordDatabase, calendar: TermCalendar | null = null): Promise<number> {
  const stale = await staleRecordIds(db);
  // In batches, so a large record never holds one long transaction.
  for (let i = 0; i < stale.length; i += 200) await analyseAndStore(db, stale.slice(i, i + 200), calendar);
  return stale.length;
}
