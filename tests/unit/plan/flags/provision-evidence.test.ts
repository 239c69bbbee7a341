import { describe, expect, it } from 'vitest';
import { provisionsWithoutEvidence } from '@/lib/plan/flags';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { Provision } from '@/lib/model/plan';
import { child, commitment, dateFinding, head, linkTo, mark, plan, provision, recordSet, vague } from '../timeline/make-set';

// Today is Monday 2 March 2026. The plan started on Monday 5 January 2026, the first day of the
// spring term; its half term is 16 to 20 February.
function set(overrides: Partial<ChildRecordSet> = {}, therapy: Partial<Provision> = {}): ChildRecordSet {
  return recordSet({ plans: [plan('p1', '2026-01-05', { provisions: [provision('sp', therapy)] })], ...overrides });
}

/** A saved email on `day` with a vague phrase the parent linked to the therapy. */
function evidenceOn(id: string, day: string): Pick<ChildRecordSet, 'records' | 'findings' | 'links'> {
  const finding = vague(id, { text: 'She had her speech session today' });
  return { records: [head(id, day)], findings: [finding], links: [linkTo(finding.id, 'p1', 'sp')] };
}

describe('provision with no saved evidence', () => {
  it('counts school weeks since the start when nothing was saved (12, 19, 26 Jan, 2, 9, 23 Feb, 2 Mar)', () => {
    expect(provisionsWithoutEvidence(set())).toEqual([
      {
        kind: 'provision-without-evidence',
        id: 'provision-without-evidence:p1:sp',
        severity: 'check',
        title: 'Speech and language therapy: nothing saved for 7 school weeks',
        detail: 'No evidence saved since it started on Mon 5 Jan 2026. You could ask the school when it last took place and how often it is happening.',
        day: '2026-01-05',
        findingId: null,
        planId: 'p1',
        provisionId: 'sp',
        recordIds: [],
        weeks: 7,
        approximate: false,
        lastEvidence: null,
      },
    ]);
  });

  it('counts from the last linked email, and flags at the child’s number of weeks', () => {
    // Wednesday 28 January: 2, 9, 23 Feb and 2 Mar are four school weeks.
    const [flag] = provisionsWithoutEvidence(set(evidenceOn('r1', '2026-01-28')));
    expect(flag).toMatchObject({ weeks: 4, lastEvidence: '2026-01-28', recordIds: ['r1'], day: '2026-01-28' });
    expect(flag!.detail).toBe(
      'The last saved sign of Speech and language therapy happening is from Wed 28 Jan 2026. You could ask the school when it last took place and how often it is happening.',
    );
    // Monday 2 February: 9, 23 Feb and 2 Mar are three.
    expect(provisionsWithoutEvidence(set(evidenceOn('r1', '2026-02-02')))).toEqual([]);
    expect(provisionsWithoutEvidence(set({ ...evidenceOn('r1', '2026-01-28'), child: child({ evidenceWeeks: 6 }) }))).toEqual([]);
    expect(provisionsWithoutEvidence(set({ ...evidenceOn('r1', '2026-01-28'), child: child({ evidenceWeeks: 0 }) }))).toHaveLength(1);
  });

  it('does not count the Christmas holiday', () => {
    // Wednesday 10 December to Monday 12 January: 15 Dec, 5 Jan and 12 Jan; four calendar weeks would be five.
    const autumn = recordSet({ today: '2026-01-12', plans: [plan('p1', '2025-09-03', { provisions: [provision('sp')] })] });
    expect(provisionsWithoutEvidence({ ...autumn, ...evidenceOn('r1', '2025-12-10') })).toEqual([]);
    expect(provisionsWithoutEvidence({ ...autumn, ...evidenceOn('r1', '2025-12-10'), calendar: null })).toMatchObject([{ weeks: 5, approximate: true }]);
  });

  it('takes a promise about it as evidence only once marked kept', () => {
    const promise = commitment('r2', '2026-02-23', { text: 'Speech therapy will restart on 23 February.' });
    const linked = { records: [head('r2', '2026-02-20'), head('r3', '2026-02-25')], findings: [promise], links: [linkTo(promise.id, 'p1', 'sp')] };
    expect(provisionsWithoutEvidence(set(linked))).toMatchObject([{ weeks: 7, lastEvidence: null }]);
    expect(provisionsWithoutEvidence(set({ ...linked, marks: [mark(promise.id, 'not-kept')] }))).toHaveLength(1);
    // Kept, shown by the email of 25 February: one school week (2 March) since.
    expect(provisionsWithoutEvidence(set({ ...linked, marks: [mark(promise.id, 'kept', { evidenceRecordId: 'r3' })] }))).toEqual([]);
    // Kept with no email: the day it was marked, Tuesday 20 January (26 Jan, 2, 9, 23 Feb, 2 Mar).
    const markedOnly = set({ ...linked, marks: [mark(promise.id, 'kept', { markedAt: '2026-01-20T21:00:00.000Z' })] });
    expect(provisionsWithoutEvidence(markedOnly)).toMatchObject([{ lastEvidence: '2026-01-20', weeks: 5, recordIds: [] }]);
  });

  it('reads the email of a linked finding that is not in the set from its id', () => {
    const date = dateFinding('r9', '2026-02-24');
    const withDate = set({ records: [head('r9', '2026-02-24')], links: [linkTo(date.id, 'p1', 'sp')] });
    expect(provisionsWithoutEvidence(withDate)).toEqual([]);
  });

  it('ignores evidence dated after today', () => {
    expect(provisionsWithoutEvidence(set(evidenceOn('r1', '2026-03-10')))).toMatchObject([{ lastEvidence: null }]);
  });

  it('looks only at current provision of the current plan', () => {
    expect(provisionsWithoutEvidence(set({}, { to: '2026-02-01' }))).toEqual([]);
    expect(provisionsWithoutEvidence(set({}, { to: '2026-03-02' }))).toHaveLength(1);
    expect(provisionsWithoutEvidence(set({}, { from: '2026-04-01' }))).toEqual([]);
    expect(provisionsWithoutEvidence(set({}, { from: '2026-02-23' }))).toEqual([]);
    const replaced = recordSet({ plans: [plan('p0', '2025-09-01', { provisions: [provision('old')] }), plan('p1', '2026-01-05')] });
    expect(provisionsWithoutEvidence(replaced)).toEqual([]);
  });

  it('without term dates counts calendar weeks and says so', () => {
    const [flag] = provisionsWithoutEvidence(set({ calendar: null }));
    expect(flag).toMatchObject({ weeks: 8, approximate: true, title: 'Speech and language therapy: nothing saved for 8 weeks' });
    expect(flag!.detail).toContain('There are no term dates, so these are calendar weeks, holidays included.');
  });

  it('says when the term dates run out', () => {
    const late = recordSet({ today: '2027-09-06', plans: [plan('p1', '2027-07-01', { provisions: [provision('sp', { what: '' })] })] });
    const [flag] = provisionsWithoutEvidence(late);
    expect(flag).toMatchObject({ approximate: true, title: expect.stringMatching(/^This support: nothing saved for \d+ weeks$/) });
    expect(flag!.detail).toContain('The term dates do not cover all of this time');
  });
});
