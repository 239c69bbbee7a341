import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { ANALYSIS_VERSION } from '@/lib/findings/analysis-version';
import { analyseAndStore, analyseStale, staleRecordIds } from '@/lib/db/repositories/findings';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`findings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const promise = makeItem({
  sentAt: '2024-09-10T16:05:00+01:00',
  text: 'Dear Ms Green,\n\nI will send you the draft plan by Friday. We will keep an eye on his reading.\n\nKind regards,',
});

describe('findings stored with their record', () => {
  it('analyses a saved record from the day it was sent and stores what it found, linked to its words', async () => {
    const { recordIds } = await saveCaptured(db, [promise]);
    await analyseAndStore(db, recordIds);
    const findings = await db.findings.where('recordId').equals(recordIds[0]!).toArray();
    const record = (await db.records.get(recordIds[0]!))!;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(record.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.id).toBe(`${record.id}:${f.kind}:${f.start}-${f.end}`);
    }
    expect(await db.analyses.get(record.id)).toMatchObject({ version: ANALYSIS_VERSION });
  });

  it('replaces, never duplicates, findings when a record is read again', async () => {
    const { recordIds } = await saveCaptured(db, [promise]);
    await analyseAndStore(db, recordIds);
    const first = await db.findings.count();
    await analyseAndStore(db, recordIds);
    expect(await db.findings.count()).toBe(first);
  });

  it('finds records never analysed or analysed by older rules, and catches them up', async () => {
    const { recordIds } = await saveCaptured(db, [promise, makeItem({ messageId: 'm2', text: 'Another' })]);
    expect(await staleRecordIds(db)).toEqual(expect.arrayContaining(recordIds));
    await analyseStale(db);
    expect(await staleRecordIds(db)).toEqual([]);
    await db.analyses.update(recordIds[0]!, { version: ANALYSIS_VERSION - 1 });
    expect(await staleRecordIds(db)).toEqual([recordIds[0]]);
  });
});
