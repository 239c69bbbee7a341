import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { v1 } from '@/lib/db/migrations/v1';
import { v2 } from '@/lib/db/migrations/v2';
import { buildRecord } from '@/lib/model/build-record';
import { makeItem } from '../make-item';

const name = `migrate-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 3', () => {
  it('upgrades a version 2 database: every record gets a head and every finding its record’s child', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    const record = { ...(await buildRecord(makeItem({ subject: 'Reading support', from: { name: 'Mrs Patel', address: 'a.patel@school.sch.uk' } }), new Date('2026-01-05T10:00:00Z'))), childId: 'child-1' };
    await old.table('records').add(record);
    await old.table('findings').add({ id: `${record.id}:vague:0-4`, recordId: record.id, kind: 'vague', start: 0, end: 4, text: 'x', category: 'hedge', why: '', ask: '' });
    old.close();

    const db = new OnRecordDatabase(name);
    const head = await db.recordHeads.get(record.id);
    expect(head).toMatchObject({ id: record.id, childId: 'child-1', subject: 'Reading support', fromName: 'Mrs Patel', fromAddress: 'a.patel@school.sch.uk' });
    expect(await db.findings.where('[childId+kind]').equals(['child-1', 'vague']).count()).toBe(1);
    db.close();
  });
});
