import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { saveImportedBatch } from '@/lib/db/repositories/save-imported';
import type { CapturedItem } from '@/lib/model/captured-item';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function imported(overrides: Partial<CapturedItem> = {}): CapturedItem {
  return makeItem({ adapter: 'import', url: '', html: '', file: 'takeout.mbox', messageId: 'CAF=abc@mail.gmail.com', ...overrides });
}

function letter(overrides: Partial<CapturedItem> = {}): CapturedItem {
  return makeItem({
    kind: 'letter',
    adapter: 'import',
    url: '',
    html: '',
    file: 'takeout.mbox › Review letter.pdf',
    messageId: null,
    subject: 'Review letter',
    text: 'Brookfield Primary School\n12 March 2026\nDear Ms Green,\nWe will review the plan by half term.',
    from: { name: 'Brookfield Primary School', address: '' },
    ...overrides,
  });
}

describe('saveImportedBatch', () => {
  it('saves emails and the letters they carried, each letter linked to its email and filed with it', async () => {
    const out = await saveImportedBatch(db, [{ email: imported(), letters: [letter()] }], { childFor: (r) => (r.kind === 'email' ? 'child-1' : null) });
    expect(out).toMatchObject({ saved: 2, alreadySaved: 0, attachmentsSaved: 1 });
    const [email, attached] = await db.records.bulkGet(out.addedIds);
    expect(email).toMatchObject({ kind: 'email', adapter: 'import', childId: 'child-1' });
    expect(attached).toMatchObject({ kind: 'letter', attachedTo: email!.id, childId: 'child-1' });
    expect(await db.recordHeads.count()).toBe(2);
  });

  it('counts an email already clipped from the webmail as already saved, by its text from the same sender at about the same time', async () => {
    await saveCaptured(db, [makeItem({ messageId: '18c2f0a9d1e2b3c4', sentAt: '2024-09-10T16:05:00+01:00' })]);
    // Same words with other spacing, Date header in UTC seconds later; a different Message-ID.
    const again = imported({ text: 'Dear Ms Green,\r\n\r\nWe will keep an eye  on it.\r\n\r\nKind regards,', sentAt: '2024-09-10T15:05:31+00:00' });
    const out = await saveImportedBatch(db, [{ email: again, letters: [letter()] }]);
    expect(out).toMatchObject({ saved: 1, alreadySaved: 1, attachmentsSaved: 1 });
    const saved = await db.records.toArray();
    expect(saved.map((r) => r.adapter).sort()).toEqual(['gmail', 'import']);
    // The letter hangs off the email that was already there.
    expect(saved.find((r) => r.kind === 'letter')!.attachedTo).toBe(saved.find((r) => r.adapter === 'gmail')!.id);
  });

  it('does not take a different email with the same short text for a copy: another sender, or another week', async () => {
    await saveImportedBatch(db, [{ email: imported({ messageId: null, text: 'Please see the attached letter.' }), letters: [] }]);
    const out = await saveImportedBatch(db, [
      { email: imported({ messageId: null, text: 'Please see the attached letter.', sentAt: '2024-09-17T16:05:00+01:00' }), letters: [] },
      { email: imported({ messageId: null, text: 'Please see the attached letter.', from: { name: 'Office', address: 'office@oakfield-primary.sch.uk' } }), letters: [] },
    ]);
    expect(out).toMatchObject({ saved: 2, alreadySaved: 0 });
  });

  it('keeps one copy of an email found twice (two mailboxes, or twice in one batch), by Message-ID', async () => {
    const first = await saveImportedBatch(db, [{ email: imported(), letters: [] }, { email: imported({ text: 'other' }), letters: [] }]);
    expect(first).toMatchObject({ saved: 1, alreadySaved: 1 });
    const second = await saveImportedBatch(db, [{ email: imported(), letters: [] }]);
    expect(second).toMatchObject({ saved: 0, alreadySaved: 1 });
    expect(await db.records.count()).toBe(1);
  });

  it('keeps one copy of a letter given as a file and again as an attachment', async () => {
    await saveImportedBatch(db, [{ email: null, letters: [letter({ file: 'Review letter.pdf' })] }]);
    const out = await saveImportedBatch(db, [{ email: imported(), letters: [letter()] }]);
    expect(out).toMatchObject({ saved: 1, alreadySaved: 1, attachmentsSaved: 0 });
  });

  it('writes nothing of a batch when the transaction fails part-way', async () => {
    // The records are written, then writing their heads fails (a full disk, a closed tab).
    db.recordHeads.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveImportedBatch(db, [{ email: imported({ messageId: 'one' }), letters: [letter()] }, { email: imported({ messageId: 'two', text: 'b' }), letters: [] }])).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
    expect(await db.recordHeads.count()).toBe(0);
  });
});

describe('saveImportedBatch with the term calendars', () => {
  it('analyses each new record in the same transaction, and stamps it, so nothing saved is left unread', async () => {
    const lookup = () => ({ calendar: null, key: '' });
    const email = imported({ text: 'Dear Ms Green,\n\nI will send you the plan by Friday. We will keep an eye on it.\n\nKind regards,' });
    const out = await saveImportedBatch(db, [{ email, letters: [letter()] }], { analyseWith: lookup, now: new Date('2024-09-11T08:00:00Z') });
    const [emailId, letterId] = out.addedIds;
    const findings = await db.findings.where('recordId').equals(emailId!).toArray();
    expect(findings.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(['commitment', 'vague']));
    expect(await db.findings.where('recordId').equals(letterId!).count()).toBeGreaterThan(0);
    expect((await db.analyses.toArray()).map((s) => s.recordId).sort()).toEqual([emailId, letterId].sort());
    // A batch that fails writes no findings either.
    db.recordHeads.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveImportedBatch(db, [{ email: imported({ messageId: 'x', text: 'We will ring you.' }), letters: [] }], { analyseWith: lookup })).rejects.toThrow();
    expect(await db.analyses.count()).toBe(2);
  });
});

describe('what counts as the same email', () => {
  it('two imported emails with their own Message-IDs are two emails, however alike their words', async () => {
    const notice = { text: 'You have a new message from Brambleway. Log in to read it.', from: { name: 'ParentMail', address: 'noreply@parentmail.co.uk' } };
    const out = await saveImportedBatch(db, [
      { email: imported({ ...notice, messageId: 'a@parentmail.co.uk', sentAt: '2024-09-10T09:00:00+01:00' }), letters: [] },
      { email: imported({ ...notice, messageId: 'b@parentmail.co.uk', sentAt: '2024-09-10T15:00:00+01:00' }), letters: [] },
    ]);
    expect(out).toMatchObject({ saved: 2, alreadySaved: 0 });
  });

  it('an email with no words of its own is never taken for another, and each keeps its own letter', async () => {
    const out = await saveImportedBatch(db, [
      { email: imported({ messageId: null, text: '', subject: 'Trip letter' }), letters: [letter({ text: 'Year 4 trip to the museum on 3 June.', subject: 'Trip' })] },
      { email: imported({ messageId: null, text: '', subject: 'Suspension letter' }), letters: [letter({ text: 'Noah is suspended for one day.', subject: 'Suspension' })] },
    ]);
    expect(out).toMatchObject({ saved: 4, alreadySaved: 0, attachmentsSaved: 2 });
    const records = await db.records.toArray();
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(records.filter((r) => r.kind === 'letter').map((l) => [l.subject, byId.get(l.attachedTo!)?.subject]).sort()).toEqual([
      ['Suspension', 'Suspension letter'],
      ['Trip', 'Trip letter'],
    ]);
  });

  it('a clipped reply is the imported one even though the webmail shows the thread’s subject without "Re:"', async () => {
    await saveCaptured(db, [makeItem({ messageId: '18c2f0a9d1e2b3c4', subject: 'Leo’s SEN Support plan' })]);
    const out = await saveImportedBatch(db, [{ email: imported({ subject: 'RE: Leo’s SEN Support plan' }), letters: [] }]);
    expect(out).toMatchObject({ saved: 0, alreadySaved: 1 });
    const other = await saveImportedBatch(db, [{ email: imported({ messageId: 'x@y', subject: 'Leo’s annual review' }), letters: [] }]);
    expect(other).toMatchObject({ saved: 1, alreadySaved: 0 });
  });
});
