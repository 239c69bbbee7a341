import { describe, expect, it } from 'vitest';
import { overdueCommitments, undatedCommitments } from '@/lib/plan/flags';
import { commitment, head, mark, recordSet } from '../timeline/make-set';

// Today is Monday 2 March 2026. The promise was made in an email of Monday 2 February.
const records = [head('r1', '2026-02-02'), head('r2', '2026-02-20')];

describe('overdue promises', () => {
  it('flags a promise whose day has passed, saying what was promised and when', () => {
    const promise = commitment('r1', '2026-02-06');
    const [flag, ...rest] = overdueCommitments(recordSet({ records, findings: [promise] }));
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      kind: 'overdue-commitment',
      id: `overdue-commitment:${promise.id}`,
      severity: 'act',
      title: 'Promise overdue: Mrs Patel',
      detail:
        'The email of Mon 2 Feb 2026 said: “We will send the speech therapy report.” It was due by Fri 6 Feb 2026. Nothing saved shows it was done: you could ask when it will happen.',
      day: '2026-02-06',
      findingId: promise.id,
      planId: null,
      provisionId: null,
      recordIds: ['r1'],
      due: '2026-02-06',
      markedNotKept: false,
      hedged: false,
      conditional: false,
    });
  });

  it('waits until the day after it is due', () => {
    expect(overdueCommitments(recordSet({ records, findings: [commitment('r1', '2026-03-02')] }))).toEqual([]);
    expect(overdueCommitments(recordSet({ records, findings: [commitment('r1', '2026-03-01')] }))).toHaveLength(1);
  });

  it('drops a promise marked kept, and keeps one marked not kept', () => {
    const promise = commitment('r1', '2026-02-06');
    expect(overdueCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'kept')] }))).toEqual([]);
    const [flag] = overdueCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'not-kept', { evidenceRecordId: 'r2' })] }));
    expect(flag).toMatchObject({ severity: 'act', title: 'Promise not kept: Mrs Patel', markedNotKept: true, recordIds: ['r1', 'r2'] });
    expect(flag!.detail).toContain('You marked it as not kept: you could ask, in writing, when it will happen.');
  });

  it('uses the latest mark when a promise was marked twice', () => {
    const promise = commitment('r1', '2026-02-06');
    const marks = [mark(promise.id, 'kept', { markedAt: '2026-02-10T10:00:00.000Z' }), mark(promise.id, 'not-kept', { markedAt: '2026-02-12T10:00:00.000Z' })];
    expect(overdueCommitments(recordSet({ records, findings: [promise], marks }))).toMatchObject([{ markedNotKept: true }]);
  });

  it('keeps hedged and conditional promises, saying so; a conditional one is only to check', () => {
    const [hedged] = overdueCommitments(recordSet({ records, findings: [commitment('r1', '2026-02-06', { hedged: true, text: 'We will try to send it by Friday.' })] }));
    expect(hedged).toMatchObject({ severity: 'act', hedged: true });
    expect(hedged!.detail).toContain('It was promised with a hedge, so ask for a firm date.');
    const [conditional] = overdueCommitments(recordSet({ records, findings: [commitment('r1', '2026-02-06', { conditional: true })] }));
    expect(conditional).toMatchObject({ severity: 'check', conditional: true });
    expect(conditional!.detail).toContain('It was promised only if something else happened first: check whether it did.');
  });

  it('names the school plainly, or nobody, and copes with a promise whose email is not saved', () => {
    const [school] = overdueCommitments(recordSet({ records, findings: [commitment('r1', '2026-02-06', { actor: 'school' })] }));
    expect(school!.title).toBe('Promise overdue: The school');
    const [nobody] = overdueCommitments(recordSet({ findings: [commitment('gone', '2026-02-06', { actor: ' ' })] }));
    expect(nobody!.title).toBe('Promise overdue');
    expect(nobody!.detail).toMatch(/^An email said: “/);
  });

  it('shortens a long quote at a word', () => {
    // 8 + 3 × 37 = 119 characters, then "arrange the further" ends at 138, before the 140 limit.
    const text = `We will ${'arrange the further support sessions '.repeat(8)}as discussed.`;
    const [flag] = overdueCommitments(recordSet({ records, findings: [commitment('r1', '2026-02-06', { text })] }));
    const quoted = /“([^”]*)”/.exec(flag!.detail)![1]!;
    expect(quoted.endsWith('sessions arrange the further…')).toBe(true);
    expect(quoted).toHaveLength(139);
  });

  it('ignores undated promises and other findings', () => {
    expect(overdueCommitments(recordSet({ records, findings: [commitment('r1', null)] }))).toEqual([]);
  });
});

describe('promises with no date', () => {
  it('flags each one to check, on the day of its email', () => {
    const promise = commitment('r2', null, { text: 'We will arrange a meeting.' });
    expect(undatedCommitments(recordSet({ records, findings: [promise, commitment('r1', '2026-02-06')] }))).toEqual([
      {
        kind: 'undated-commitment',
        id: `undated-commitment:${promise.id}`,
        severity: 'check',
        title: 'Promise with no date: Mrs Patel',
        detail: 'The email of Fri 20 Feb 2026 said: “We will arrange a meeting.” No date was given: you could ask when it will happen.',
        day: '2026-02-20',
        findingId: promise.id,
        planId: null,
        provisionId: null,
        recordIds: ['r2'],
      },
    ]);
  });

  it('stops once the parent has marked it either way', () => {
    const promise = commitment('r2', null);
    expect(undatedCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'kept')] }))).toEqual([]);
    expect(undatedCommitments(recordSet({ records, findings: [promise], marks: [mark(promise.id, 'not-kept')] }))).toEqual([]);
  });

  it('mentions a condition', () => {
    const [flag] = undatedCommitments(recordSet({ records, findings: [commitment('r2', null, { conditional: true })] }));
    expect(flag!.detail).toContain('It was promised only if something else happened first.');
  });
});
