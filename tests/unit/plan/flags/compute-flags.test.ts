import { describe, expect, it } from 'vitest';
import { computeFlags } from '@/lib/plan/flags';
import { commitment, event, head, plan, provision, recordSet, vague } from '../timeline/make-set';

// Today is Monday 2 March 2026.
describe('computeFlags', () => {
  it('runs every rule and lists things to act on first, then the newest first', () => {
    const set = recordSet({
      records: [head('r1', '2026-02-02'), head('r2', '2026-02-20'), head('r3', '2025-10-01')],
      findings: [
        commitment('r1', '2026-02-06'),
        commitment('r2', null),
        ...Array.from({ length: 5 }, () => vague('r2')),
        vague('r3'),
        { id: 'r3:concern:0-5', recordId: 'r3', childId: 'child-1', kind: 'concern', start: 0, end: 5, text: 'sent home', type: 'early-pickup', explanation: '' },
      ],
      plans: [plan('p1', '2025-09-01', { reviewOn: '2026-02-20', provisions: [provision('sp')] })],
      events: [event('e', 'meeting', '2025-11-01')],
    });
    expect(computeFlags(set).map((f) => `${f.severity} ${f.kind} ${f.day}`)).toEqual([
      'act review-date-passed 2026-02-20',
      'act overdue-commitment 2026-02-06',
      'act no-review-last-term 2025-12-19',
      'check vague-from-sender 2026-03-02',
      'check vague-rising 2026-03-02',
      'check undated-commitment 2026-02-20',
      'check provision-without-evidence 2025-09-01',
    ]);
  });

  it('has nothing to say about an empty record', () => {
    expect(computeFlags(recordSet())).toEqual([]);
    expect(computeFlags(recordSet({ calendar: null }))).toEqual([]);
  });

  it('gives every flag a unique id, and the same ids when run again', () => {
    const set = recordSet({ records: [head('r1', '2026-02-02')], findings: [commitment('r1', '2026-02-06'), commitment('r1', '2026-02-07')] });
    const ids = computeFlags(set).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(computeFlags(set).map((f) => f.id)).toEqual(ids);
  });
});
