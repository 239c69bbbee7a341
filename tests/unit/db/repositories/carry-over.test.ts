// Re-analysis under new rules moves what the parent entered with the words it was about. The rules
// are changing all the time, so these tests make "the old rules" by hand from whatever today's
// rules find (a span moved a few characters), never by pinning what today's rules find.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { analyseAndStore, analyseStale } from '@/lib/db/repositories/findings';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { saveChild } from '@/lib/db/repositories/children';
import { assignRecord } from '@/lib/db/repositories/assign-record';
import { clearMark, setMark } from '@/lib/db/repositories/marks';
import { setLink } from '@/lib/db/repositories/links';
import { restoreBackup } from '@/lib/db/repositories/restore-backup';
import { loadChildRecordSet } from '@/lib/db/repositories/load-child-set';
import { overlapOf } from '@/lib/findings/carry-over';
import { ANALYSIS_VERSION } from '@/lib/findings/analysis-version';
import { isRetired } from '@/lib/findings/retired-finding';
import { blankChild } from '@/lib/model/child';
import type { StoredFinding } from '@/lib/model/finding';
import type { CommitmentMark } from '@/lib/model/plan';
import { buildTimeline } from '@/lib/plan/timeline/build-timeline';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`carry-over-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const email = makeItem({
  sentAt: '2026-11-10T16:05:00+00:00',
  text: 'Dear Ms Green,\n\nI will send you the draft plan by Friday 13th November. We will arrange a meeting with the speech therapist next week.\n\nKind regards,',
});

/** A saved, analysed record filed under a child, and the promise today's rules find in "send". */
async function analysedRecord(): Promise<{ id: string; childId: string; promise: StoredFinding }> {
  const child = await saveChild(db, { ...blankChild(), name: 'Amelia Green' });
  const { recordIds } = await saveCaptured(db, [email]);
  const id = recordIds[0]!;
  await assignRecord(db, id, child.id);
  await analyseStale(db);
  const promise = (await db.findings.where('[recordId+kind]').equals([id, 'commitment']).toArray()).find((f) => f.text.includes('send'));
  if (!promise) throw new Error('today’s rules should find the promise to send the plan');
  return { id, childId: child.id, promise };
}

/** Makes the record look as older rules left it: these findings instead of today's, stamped older. */
async function asOlderRules(recordId: string, findings: StoredFinding[]): Promise<void> {
  const text = (await db.records.get(recordId))!.text;
  await db.findings.where('recordId').equals(recordId).delete();
  await db.findings.bulkPut(findings.map((f) => ({ ...f, id: `${recordId}:${f.kind}:${f.start}-${f.end}`, text: text.slice(f.start, f.end) })));
  await db.analyses.update(recordId, { version: ANALYSIS_VERSION - 1 });
}

const moved = (f: StoredFinding, start: number, end: number): StoredFinding => ({ ...f, start, end, id: `${f.recordId}:${f.kind}:${start}-${end}` });

async function mark(findingId: string, childId: string, status: CommitmentMark['status'], note: string): Promise<CommitmentMark> {
  return setMark(db, { findingId, childId, status, evidenceRecordId: null, note }, new Date('2026-11-20T10:00:00Z'));
}

describe('what a parent entered survives new rules', () => {
  it('moves a mark, its note and a plan link to the new finding whose words overlap the old most', async () => {
    const { id, childId, promise } = await analysedRecord();
    const old = moved(promise, promise.start + 2, promise.end - 3);
    await asOlderRules(id, [old]);
    const saved = await mark(old.id, childId, 'kept', 'The plan came on Thursday.');
    await setLink(db, old.id, childId, { planId: 'plan-1', itemKind: 'provision', itemId: 'p-1' }, new Date('2026-11-21T10:00:00Z'));

    expect(await analyseStale(db)).toBe(1);
    const now = await db.findings.where('[recordId+kind]').equals([id, 'commitment']).toArray();
    const best = [...now].sort((a, b) => overlapOf(old, b) - overlapOf(old, a))[0]!;
    expect(overlapOf(old, best)).toBeGreaterThan(0);
    expect(await db.marks.get(old.id)).toBeUndefined();
    expect(await db.links.get(old.id)).toBeUndefined();
    expect(await db.marks.get(best.id)).toEqual({ ...saved, findingId: best.id });
    expect(await db.links.get(best.id)).toMatchObject({ childId, item: { planId: 'plan-1', itemId: 'p-1' }, linkedAt: '2026-11-21T10:00:00.000Z' });
    expect(await db.findings.get(old.id)).toBeUndefined(); // nothing held it back
  });

  it('keeps a mark whose words no new finding of its kind covers on its old finding, which the timeline still shows', async () => {
    const { id, childId, promise } = await analysedRecord();
    // "Dear": no rules will ever find a promise in the greeting.
    const old = moved(promise, 0, 4);
    await asOlderRules(id, [old, promise]);
    const saved = await mark(old.id, childId, 'not-kept', 'Never happened.');

    await analyseStale(db);
    expect(await db.marks.get(old.id)).toEqual(saved);
    const kept = (await db.findings.get(old.id))!;
    expect(kept).toMatchObject({ ...old, text: 'Dear', childId });
    expect(isRetired(kept) && kept.retired.version).toBe(ANALYSIS_VERSION);

    const set = (await loadChildRecordSet(db, childId, '2026-12-01'))!;
    const row = buildTimeline(set, [], []).find((r) => r.key === `commitment:${old.id}`);
    expect(row).toMatchObject({ type: 'commitment', state: 'not-kept', mark: saved });

    // Read again later: it stays, as it was, once.
    await analyseAndStore(db, [id], undefined, new Date('2027-01-01T00:00:00Z'));
    expect(await db.findings.get(old.id)).toEqual(kept);
    expect(await db.findings.where('recordId').equals(id).count()).toBe((await db.findings.where('recordId').equals(id).primaryKeys()).length);
    // Once the parent clears it, nothing holds it: the next reading lets it go.
    await clearMark(db, old.id);
    await analyseAndStore(db, [id]);
    expect(await db.findings.get(old.id)).toBeUndefined();
  });

  it('never overwrites: where two old promises fall into one new one, the closer fit moves and the other stays', async () => {
    const { id, childId, promise } = await analysedRecord();
    const len = promise.end - promise.start;
    const most = moved(promise, promise.start, promise.start + Math.ceil(len * 0.7));
    const less = moved(promise, promise.start + Math.ceil(len * 0.7), promise.end);
    await asOlderRules(id, [most, less]);
    const a = await mark(most.id, childId, 'kept', 'First');
    const b = await mark(less.id, childId, 'not-kept', 'Second');

    await analyseStale(db);
    const now = await db.findings.where('[recordId+kind]').equals([id, 'commitment']).toArray();
    const target = now.find((f) => !isRetired(f) && overlapOf(most, f) > 0)!;
    expect(await db.marks.get(target.id)).toEqual({ ...a, findingId: target.id });
    expect(await db.marks.get(less.id)).toEqual(b);
    expect(isRetired((await db.findings.get(less.id))!)).toBe(true);
    expect(await db.marks.count()).toBe(2);
  });

  it('carries entries whose findings this install never stored (a restored backup) by the words their ids name', async () => {
    const { id, childId, promise } = await analysedRecord();
    await db.findings.where('recordId').equals(id).delete();
    await db.analyses.delete(id);
    const fromBackup = `${id}:commitment:${promise.start + 1}-${promise.end}`;
    const greeting = `${id}:vague:0-4`;
    const saved = await mark(fromBackup, childId, 'kept', 'Arrived.');
    await setLink(db, greeting, childId, null);

    await analyseStale(db);
    const now = await db.findings.where('[recordId+kind]').equals([id, 'commitment']).toArray();
    const target = now.find((f) => overlapOf({ start: promise.start + 1, end: promise.end }, f) > 0)!;
    expect(await db.marks.get(target.id)).toEqual({ ...saved, findingId: target.id });
    expect(await db.links.get(greeting)).toMatchObject({ item: null });
    expect(await db.findings.get(greeting)).toMatchObject({ kind: 'vague', text: 'Dear', childId });
  });

  it('reads again a record already read by today’s rules when a restored backup brings marks named by older ones', async () => {
    const { id, childId, promise } = await analysedRecord();
    const fromOldRules = `${id}:commitment:${promise.start + 1}-${promise.end}`;
    const restored: CommitmentMark = { findingId: fromOldRules, childId, status: 'not-kept', evidenceRecordId: null, note: 'Never came.', markedAt: '2026-11-20T10:00:00.000Z' };
    await restoreBackup(db, async () => ({
      writes: { records: [], children: [], calendars: [], plans: [], events: [], links: [], marks: [restored] },
      result: null,
    }));
    expect(await db.analyses.get(id)).toBeUndefined();

    await analyseStale(db);
    expect(await db.marks.get(fromOldRules)).toBeUndefined();
    expect(await db.marks.get(promise.id)).toMatchObject({ findingId: promise.id, status: 'not-kept', note: 'Never came.' });
  });

  it('moves nothing, and adds nothing, when the rules find the same words again', async () => {
    const { id, childId, promise } = await analysedRecord();
    await mark(promise.id, childId, 'kept', '');
    const before = { findings: await db.findings.toArray(), marks: await db.marks.toArray() };
    await db.analyses.update(id, { version: ANALYSIS_VERSION - 1 });
    await analyseStale(db);
    expect(await db.findings.toArray()).toEqual(before.findings);
    expect(await db.marks.toArray()).toEqual(before.marks);
  });
});
