import { describe, expect, it } from 'vitest';
import { vagueCounts, vagueFromSender, vagueRising } from '@/lib/plan/flags';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { RecordHead } from '@/lib/model/record-head';
import type { StoredFinding } from '@/lib/model/finding';
import { commitment, head, recordSet, vague } from '../timeline/make-set';

const JONES = { fromName: 'Mr Jones', fromAddress: 'jones@oakfield-primary.sch.uk' };

/** An email on `day` with `count` vague phrases. */
function email(id: string, day: string, count: number, from: Partial<RecordHead> = {}, text = 'keep an eye on it'): Pick<ChildRecordSet, 'records' | 'findings'> {
  return { records: [head(id, day, from)], findings: Array.from({ length: count }, () => vague(id, { text })) };
}

function combine(...parts: Pick<ChildRecordSet, 'records' | 'findings'>[]): Pick<ChildRecordSet, 'records' | 'findings'> {
  return { records: parts.flatMap((p) => p.records), findings: parts.flatMap((p): StoredFinding[] => p.findings) };
}

// Today is Monday 2 March 2026, in Spring 2026 (5 January to 27 March); Autumn 2025 was 3 September to 19 December.
describe('vagueCounts', () => {
  it('counts vague phrases by sender and by term; a holiday email counts for the term after it', () => {
    const set = recordSet(
      combine(
        email('p1', '2025-10-29', 2), // October half term: Autumn 2025
        email('p2', '2025-12-22', 1), // Christmas holiday: Spring 2026
        email('j1', '2026-02-10', 3, JONES),
        email('n1', '2026-02-11', 1, { fromName: 'Office', fromAddress: '' }),
        { records: [], findings: [commitment('j1', null)] },
      ),
    );
    expect(vagueCounts(set)).toEqual({
      bySender: [
        { sender: 'Mr Jones', address: 'jones@oakfield-primary.sch.uk', count: 3 },
        { sender: 'Mrs Anita Patel', address: 'a.patel@oakfield-primary.sch.uk', count: 3 },
        { sender: 'Office', address: '', count: 1 },
      ],
      byTerm: [
        { term: 'Autumn 2025', key: 'term:2025-09-03', from: '2025-09-03', to: '2025-12-19', count: 2, approximate: false },
        { term: 'Spring 2026', key: 'term:2026-01-05', from: '2026-01-05', to: '2026-03-27', count: 5, approximate: false },
      ],
    });
  });

  it('keeps empty terms between, and groups by months-based terms without a calendar', () => {
    const set = recordSet({ ...combine(email('a', '2025-05-01', 1), email('b', '2025-12-22', 2)), calendar: null });
    expect(vagueCounts(set).byTerm).toEqual([
      { term: 'Summer 2025', key: 'approx:2025-04-01', from: '2025-04-01', to: '2025-07-31', count: 1, approximate: true },
      { term: 'Autumn 2025', key: 'approx:2025-09-01', from: '2025-09-01', to: '2025-12-31', count: 2, approximate: true },
      { term: 'Spring 2026', key: 'approx:2026-01-01', from: '2026-01-01', to: '2026-03-31', count: 0, approximate: true },
    ]);
  });

  it('is empty with nothing saved', () => {
    expect(vagueCounts(recordSet())).toEqual({ bySender: [], byTerm: [] });
  });
});

describe('vague wording from one sender', () => {
  it('flags five or more phrases from one sender this term, quoting the latest', () => {
    const set = recordSet(combine(email('a', '2026-01-12', 3), email('b', '2026-02-02', 2, {}, 'we will see how it goes'), email('j', '2026-02-03', 4, JONES)));
    expect(vagueFromSender(set)).toEqual([
      {
        kind: 'vague-from-sender',
        id: 'vague-from-sender:term:2026-01-05:a.patel@oakfield-primary.sch.uk',
        severity: 'check',
        title: 'Vague wording from Mrs Anita Patel',
        detail: '5 vague phrases from Mrs Anita Patel in Spring 2026, such as “we will see how it goes”. You could ask them to say what will be done, by whom and by when.',
        day: '2026-03-02',
        findingId: null,
        planId: null,
        provisionId: null,
        recordIds: ['b', 'a'],
        sender: 'Mrs Anita Patel',
        term: 'Spring 2026',
        count: 5,
        findingIds: expect.any(Array),
        approximate: false,
      },
    ]);
  });

  it('looks at this term and the last only', () => {
    expect(vagueFromSender(recordSet(email('a', '2025-11-12', 5)))).toMatchObject([{ term: 'Autumn 2025', day: '2025-12-19' }]);
    expect(vagueFromSender(recordSet(email('a', '2025-05-12', 6)))).toEqual([]);
    expect(vagueCounts(recordSet(email('a', '2025-05-12', 6))).byTerm[0]).toMatchObject({ term: 'Summer 2025', count: 6 });
  });

  it('tells senders apart by address, or by name when there is none', () => {
    const set = recordSet(combine(email('a', '2026-01-12', 5, { fromName: 'Office', fromAddress: '' }), email('b', '2026-01-13', 5, { fromName: 'Mrs Patel' })));
    expect(vagueFromSender(set).map((f) => f.id)).toEqual(['vague-from-sender:term:2026-01-05:office', 'vague-from-sender:term:2026-01-05:a.patel@oakfield-primary.sch.uk']);
  });
});

describe('vague wording rising', () => {
  it('flags a term with at least five phrases and double the term before', () => {
    const set = recordSet(combine(email('a', '2025-11-12', 2), email('b', '2026-01-12', 3), email('c', '2026-02-12', 2, JONES)));
    const [flag, ...rest] = vagueRising(set);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      kind: 'vague-rising',
      id: 'vague-rising:term:2026-01-05',
      severity: 'check',
      title: 'More vague wording in Spring 2026',
      detail: '5 vague phrases in Spring 2026, up from 2 in Autumn 2025. You could ask the school for specifics: what will be done, by whom and by when.',
      count: 5,
      previousTerm: 'Autumn 2025',
      previousCount: 2,
      recordIds: expect.arrayContaining(['b', 'c']),
    });
    expect((flag as Extract<typeof flag, { kind: 'vague-rising' }>).findingIds).toHaveLength(5);
  });

  it('needs both thresholds, and something saved the term before', () => {
    expect(vagueRising(recordSet(combine(email('a', '2025-11-12', 3), email('b', '2026-01-12', 5))))).toEqual([]);
    expect(vagueRising(recordSet(combine(email('a', '2025-11-12', 2), email('b', '2026-01-12', 4))))).toEqual([]);
    expect(vagueRising(recordSet(combine(email('a', '2025-11-12', 0), email('b', '2026-01-12', 5))))).toMatchObject([{ previousCount: 0 }]);
    expect(vagueRising(recordSet(email('b', '2026-01-12', 6)))).toEqual([]);
  });

  it('in the Easter holiday, still looks at the spring term just ended', () => {
    const set = recordSet({ ...combine(email('a', '2025-11-12', 2), email('b', '2026-01-12', 5)), today: '2026-04-01' });
    expect(vagueRising(set)).toMatchObject([{ term: 'Spring 2026', day: '2026-03-27' }]);
  });

  it('without a calendar, compares months-based terms and says so', () => {
    const set = recordSet({ ...combine(email('a', '2025-12-22', 2), email('b', '2026-01-12', 5)), calendar: null });
    const [flag] = vagueRising(set);
    expect(flag).toMatchObject({ term: 'Spring 2026', previousTerm: 'Autumn 2025', approximate: true });
    expect(flag!.detail).toContain('no term dates');
  });
});
