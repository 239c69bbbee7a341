import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { assignRecord } from '@/lib/db/repositories/assign-record';
import { saveChild } from '@/lib/db/repositories/children';
import { blankChild } from '@/lib/model/child';
import { unfiledRecordIdsFor } from '@/lib/db/repositories/unfiled';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`unfiled-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('emails saved before their child was added', () => {
  it('are offered for filing when they look like they are about the child, and only then', async () => {
    const { recordIds } = await saveCaptured(db, [
      makeItem({ messageId: 'a', from: { name: 'Mrs Patel', address: 'a.patel@oakfield.sch.uk' }, text: 'Sam has settled well into the phonics group.' }),
      makeItem({ messageId: 'b', from: { name: 'Swimming club', address: 'hello@swim.example' }, text: 'Lessons restart in January.' }),
      makeItem({ messageId: 'c', from: { name: 'Mrs Patel', address: 'a.patel@oakfield.sch.uk' }, text: 'Sam read to the class today.' }),
    ]);
    const sam = await saveChild(db, { ...blankChild(), name: 'Sam Bennett', schoolSenders: ['oakfield.sch.uk'] });
    expect((await unfiledRecordIdsFor(db, sam)).sort()).toEqual([recordIds[0], recordIds[2]].sort());
    await assignRecord(db, recordIds[0]!, sam.id);
    expect(await unfiledRecordIdsFor(db, sam)).toEqual([recordIds[2]]);
  });
});
