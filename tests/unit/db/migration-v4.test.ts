import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { v1 } from '@/lib/db/migrations/v1';
import { v2 } from '@/lib/db/migrations/v2';
import { v3 } from '@/lib/db/migrations/v3';
import { buildRecord } from '@/lib/model/build-record';
import { SNIPPET_LENGTH, snippetOf } from '@/lib/model/record-head';
import { snippet } from '@/lib/ui/format';
import { makeItem } from '../make-item';

const name = `migrate-v4-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const LONG = `Dear Ms Green,\n\n   We will   review the plan\tat the meeting. ${'The class will keep working on phonics every morning. '.repeat(8)}`;

describe('schema version 4', () => {
  it('upgrades a version 3 database: every record head gets the start of its text as a snippet', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    v3(old);
    const long = { ...(await buildRecord(makeItem({ messageId: 'm-long', text: LONG }), new Date('2026-01-05T10:00:00Z'))), childId: 'child-1' };
    const short = await buildRecord(makeItem({ messageId: 'm-short', text: '  Thank you.\n' }), new Date('2026-01-06T10:00:00Z'));
    await old.table('records').bulkAdd([long, short]);
    // Heads as version 3 wrote them: no snippet.
    for (const r of [long, short]) {
      await old.table('recordHeads').add({ id: r.id, childId: r.childId, kind: r.kind, sentAt: r.sentAt, capturedAt: r.capturedAt, subject: r.subject, fromName: '', fromAddress: '', url: r.url });
    }
    old.close();

    const db = new OnRecordDatabase(name);
    const heads = new Map((await db.recordHeads.toArray()).map((h) => [h.id, h]));
    expect(heads.get(long.id)).toMatchObject({ childId: 'child-1', snippet: snippetOf(LONG) });
    expect(heads.get(long.id)!.snippet).toHaveLength(SNIPPET_LENGTH);
    expect(heads.get(long.id)!.snippet.startsWith('Dear Ms Green, We will review the plan at the meeting.')).toBe(true);
    expect(heads.get(short.id)!.snippet).toBe('Thank you.');
    db.close();
  });
});

describe('a head’s snippet', () => {
  it('lists exactly as the whole text would: the list cuts it the same way', () => {
    const texts = [LONG, 'Short.', '', `${'word '.repeat(24)}end`, `${'x'.repeat(130)} tail`, ` \n${'a'.repeat(119)} b`];
    for (const text of texts) {
      for (const max of [120, 140]) expect(snippet(snippetOf(text), max)).toBe(snippet(text, max));
    }
  });
});
