import { describe, expect, it } from 'vitest';
import { computeFlags, overdueCommitments, undatedCommitments, vagueCounts, vagueFromSender } from '@/lib/plan/flags';
import type { StoredFinding } from '@/lib/model/finding';
import { commitment, head, mark, recordSet, vague } from '../timeline/make-set';

// Today is Monday 2 March 2026. The example calendar holds the school years 2024–25 to 2026–27.
const RETIRED = { version: 7, at: '2026-02-25T09:00:00.000Z' };
const records = [head('r1', '2026-02-02'), head('old', '2019-11-04')];

describe('a promise kept only for the parent’s mark or link (retired)', () => {
  it('is flagged overdue only when the parent marked it not kept', () => {
    const promise = commitment('r1', '2026-02-06', { retired: RETIRED });
    expect(overdueCommitments(recordSet({ records, findings: [promise] }))).toEqual([]);
    expect(overdueCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'kept')] }))).toEqual([]);
    const [flag, ...rest] = overdueCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'not-kept')] }));
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ kind: 'overdue-commitment', findingId: promise.id, markedNotKept: true, title: 'Promise not kept: Mrs Patel' });
  });

  it('is never flagged as a promise with no date', () => {
    const promise = commitment('r1', null, { retired: RETIRED });
    expect(undatedCommitments(recordSet({ records, findings: [promise] }))).toEqual([]);
    // The same promise found by the current rules is flagged.
    expect(undatedCommitments(recordSet({ records, findings: [{ ...promise, retired: undefined }] }))).toHaveLength(1);
  });
});

describe('vague phrases kept only for the parent’s mark or link (retired)', () => {
  const today = '2026-03-02';
  const five = (retiredCount: number): StoredFinding[] =>
    Array.from({ length: 5 }, (_, i) => vague('r1', i < retiredCount ? { retired: RETIRED } : {}));

  it('are left out of the counts and the vague-from-sender flag', () => {
    const all = recordSet({ today, records, findings: five(0) });
    expect(vagueFromSender(all)).toHaveLength(1);
    const oneRetired = recordSet({ today, records, findings: five(1) });
    expect(vagueFromSender(oneRetired)).toEqual([]);
    expect(vagueCounts(oneRetired).bySender).toEqual([{ sender: 'Mrs Anita Patel', address: 'a.patel@oakfield-primary.sch.uk', count: 4 }]);
    expect(computeFlags(oneRetired).filter((f) => f.kind.startsWith('vague'))).toEqual([]);
  });
});

describe('a promise whose term word waits for a school year’s term dates', () => {
  const text = 'We will review his reading targets after half term.';

  it('asks for that year’s term dates, with the term words, instead of asking the school when', () => {
    const promise = commitment('old', null, { text, missingTermYear: '2019–20' });
    const [flag, ...rest] = undatedCommitments(recordSet({ records, findings: [promise] }));
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      kind: 'undated-commitment',
      id: `undated-commitment:${promise.id}`,
      severity: 'check',
      title: 'Promise needs the term dates for 2019–20: Mrs Patel',
      day: '2019-11-04',
      findingId: promise.id,
      recordIds: ['old'],
    });
    expect(flag!.detail).toBe(
      'The email of Mon 4 Nov 2019 said: “We will review his reading targets after half term.” Add term dates for 2019–20 to place “after half term”, and On Record will show when it is due.',
    );
    expect(flag!.detail).not.toContain('No date was given');
    if (flag?.kind !== 'undated-commitment') throw new Error(flag?.kind);
    const ask = flag.termDates!;
    expect(ask).toMatchObject({ year: '2019–20', words: 'after half term', link: 'Add term dates for 2019–20' });
    expect(ask.before + ask.link + ask.after).toBe(flag.detail);
  });

  it('takes the words from the analysis’s own date inside the promise when the set holds it', () => {
    const promise = commitment('old', null, { text: 'We will look at it again once we are back after the break.', missingTermYear: '2019–20' });
    const inside: StoredFinding = {
      id: `old:date:${promise.start + 2}-${promise.start + 5}`,
      recordId: 'old',
      childId: 'child-1',
      kind: 'date',
      start: promise.start + 2,
      end: promise.start + 5,
      text: 'after the  break',
      date: null,
      missingTermYear: '2019–20',
    };
    const [flag] = undatedCommitments(recordSet({ records, findings: [inside, promise] }));
    expect(flag!.detail).toContain('Add term dates for 2019–20 to place “after the break”,');
    // Without it, the promise's words hold no term word the flag can quote.
    const [alone] = undatedCommitments(recordSet({ records, findings: [promise] }));
    expect(alone!.detail).toMatch(/Add term dates for 2019–20 to see when it is due\.$/);
  });

  it('mentions a condition, and names nobody when the words name nobody', () => {
    const promise = commitment('old', null, { text, missingTermYear: '2019–20', conditional: true, actor: '' });
    const [flag] = undatedCommitments(recordSet({ records, findings: [promise] }));
    expect(flag!.title).toBe('Promise needs the term dates for 2019–20');
    expect(flag!.detail).toContain('It was promised only if something else happened first. Add term dates for 2019–20');
  });

  it('uses the ordinary words once the calendar holds that year (the promise is being read again)', () => {
    const promise = commitment('r1', null, { text, missingTermYear: '2025–26' });
    const [flag] = undatedCommitments(recordSet({ records, findings: [promise] }));
    expect(flag!.title).toBe('Promise with no date: Mrs Patel');
    expect(flag!.detail).toContain('No date was given: you could ask when it will happen.');
    expect(flag).not.toHaveProperty('termDates');
  });

  it('stops once the parent has marked it, like any promise with no date', () => {
    const promise = commitment('old', null, { text, missingTermYear: '2019–20' });
    expect(undatedCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'kept')] }))).toEqual([]);
  });
});
