import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { textHash } from '@/lib/model/text-hash';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveCaptured', () => {
  it('saves each message of a conversation as its own record, with a hash of its text', async () => {
    const now = new Date('2024-09-11T08:00:00Z');
    const out = await saveCaptured(db, [makeItem(), makeItem({ messageId: 'msg-2', text: 'A reply' })], now);
    expect(out.duplicate).toBe(false);
    expect(out.addedIds).toEqual(out.recordIds);
    const saved = await db.records.bulkGet(out.recordIds);
    expect(saved.map((r) => r?.messageId)).toEqual(['msg-1', 'msg-2']);
    expect(saved[1]?.textHash).toBe(await textHash('A reply'));
    expect(saved[0]?.capturedAt).toBe('2024-09-11T08:00:00.000Z');
    expect(saved[0]?.childId).toBeNull();
  });

  it('keeps one copy when the same message is saved again, and says so', async () => {
    const first = await saveCaptured(db, [makeItem()]);
    const again = await saveCaptured(db, [makeItem({ html: '<p>re-rendered</p>' })]);
    expect(again).toEqual({ recordIds: first.recordIds, addedIds: [], duplicate: true });
    expect(await db.records.count()).toBe(1);
  });

  it('adds only the new message when a conversation gains a reply', async () => {
    const first = await saveCaptured(db, [makeItem()]);
    const again = await saveCaptured(db, [makeItem(), makeItem({ messageId: 'msg-2', text: 'Thanks' })]);
    expect(again.duplicate).toBe(false);
    expect(again.recordIds[0]).toBe(first.recordIds[0]);
    expect(again.addedIds).toHaveLength(1);
    expect(await db.records.count()).toBe(2);
  });

  it('finds duplicates by text when the page gives no message id, ignoring spacing', async () => {
    const page = makeItem({ kind: 'page', adapter: 'article', messageId: null, text: 'Trip letter\n\nfor Year 4' });
    await saveCaptured(db, [page]);
    const again = await saveCaptured(db, [{ ...page, text: '  Trip letter for\u00a0Year 4 ' }]);
    expect(again.duplicate).toBe(true);
    expect(await db.records.count()).toBe(1);
  });

  it('does not mistake a selection for the page it came from', async () => {
    const text = 'We will keep an eye on it.';
    await saveCaptured(db, [makeItem({ kind: 'page', adapter: 'article', messageId: null, text })]);
    const sel = await saveCaptured(db, [makeItem({ kind: 'selection', adapter: 'selection', messageId: null, text })]);
    expect(sel.duplicate).toBe(false);
    expect(await db.records.count()).toBe(2);
  });

  it('writes nothing when one record of the batch cannot be stored', async () => {
    const broken = makeItem({ messageId: 'msg-9' }) as unknown as Record<string, unknown>;
    broken.html = () => 'functions cannot be cloned into IndexedDB';
    await expect(saveCaptured(db, [makeItem({ messageId: 'ok' }), broken as never])).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
  });
});
