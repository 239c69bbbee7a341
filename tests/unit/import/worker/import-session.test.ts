// The worker's session: scan, then import, posting what the page shows; a stop part-way says what
// was saved before it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { ImportSession } from '@/lib/import/worker/import-session';
import type { FromImportWorker } from '@/lib/import/worker/protocol';

const TAKEOUT = new File([readFileSync(path.resolve('tests/fixtures/import/mail/takeout.mbox'))], 'takeout.mbox');

let db: OnRecordDatabase;
let posted: FromImportWorker[];
let session: ImportSession;
beforeEach(() => {
  db = new OnRecordDatabase(`test-${crypto.randomUUID()}`);
  posted = [];
  session = new ImportSession(db, (m) => posted.push(m));
});
afterEach(async () => {
  await db.delete();
});

describe('ImportSession', () => {
  it('scans, then imports the choice, and ends with a summary that includes what the scan could not read', async () => {
    await session.handle({ type: 'scan', files: [TAKEOUT, new File([], 'empty.eml')] });
    const scanned = posted.find((m) => m.type === 'scanned');
    expect(scanned?.type === 'scanned' && scanned.report.emails).toBe(4);
    await session.handle({ type: 'import', choice: { senders: ['h.okafor@brambleway.sch.uk'], letters: [], fromDay: null, toDay: null } });
    const done = posted.at(-1)!;
    expect(done.type).toBe('imported');
    if (done.type !== 'imported') return;
    expect(done.summary).toMatchObject({ saved: 2, attachmentsSaved: 1, unreadable: 1, problems: [{ file: 'empty.eml', reason: expect.stringMatching(/empty/) }] });
  });

  it('says how much was saved when the import stops part-way, and nothing when reading stops', async () => {
    await session.handle({ type: 'scan', files: [TAKEOUT] });
    db.recordHeads.hook('creating', () => {
      throw new Error('the disk is full');
    });
    await session.handle({ type: 'import', choice: { senders: ['h.okafor@brambleway.sch.uk'], letters: [], fromDay: null, toDay: null } });
    const failed = posted.at(-1)!;
    expect(failed).toEqual({ type: 'failed', error: expect.stringMatching(/^On Record stopped the import \(.*the disk is full.*\)\. 0 emails and letters were saved before it stopped/) });
    // An import asked for before any files were read is refused in one sentence.
    const fresh = new ImportSession(db, (m) => posted.push(m));
    await fresh.handle({ type: 'import', choice: { senders: [], letters: [], fromDay: null, toDay: null } });
    expect(posted.at(-1)).toEqual({ type: 'failed', error: expect.stringMatching(/^On Record could not read these files \(the files were not read yet\)\. Nothing was saved\.$/) });
  });
});
