import { describe, expect, it } from 'vitest';
import { buildTimeline, filterTimeline } from '@/lib/plan/timeline/build-timeline';
import type { TimelineRow } from '@/lib/plan/timeline/types';
import { commitment, event, head, plan, recordSet } from './make-set';

const rows = buildTimeline(
  recordSet({
    records: [
      head('r1', '2026-02-10', { subject: 'Speech therapy report', fromName: 'Mrs Anita Patel' }),
      head('r2', '2025-11-05', { subject: 'Trip letter', fromName: 'Mr Jones', fromAddress: 'jones@oakfield-primary.sch.uk' }),
    ],
    findings: [commitment('r1', '2026-02-20', { text: 'We will send the Speech report by Friday.' })],
    events: [event('e1', 'review', '2025-11-20', { note: 'With the SENCo' })],
    plans: [plan('p1', '2025-09-08', { title: 'SEN Support plan, autumn 2025' })],
  }),
  [],
  [{ id: 'c', title: 'Council decides whether to assess', dueOn: '2026-04-20', state: 'running' }],
);

function keys(list: readonly TimelineRow[]): string[] {
  return list.map((r) => r.key);
}

describe('filterTimeline', () => {
  it('keeps chosen kinds, and only the headers with something left under them', () => {
    expect(keys(filterTimeline(rows, { kinds: new Set(['commitment']) }))).toEqual(['term:2026-01-05', rows.find((r) => r.type === 'commitment')!.key]);
    expect(keys(filterTimeline(rows, { kinds: new Set(['event', 'plan']) }))).toEqual(['term:2025-09-03', 'event:e1', 'plan:p1:started']);
  });

  it('matches every word, in any case, across subject, sender, promise, note and kind', () => {
    const promise = rows.find((r) => r.type === 'commitment')!.key;
    expect(keys(filterTimeline(rows, { text: 'PATEL' }))).toEqual(['term:2026-01-05', promise, 'record:r1']); // the sender, and the promise's actor
    expect(keys(filterTimeline(rows, { text: 'trip' }))).toEqual(['term:2025-09-03', 'record:r2']);
    expect(keys(filterTimeline(rows, { text: 'speech report' })).filter((k) => !k.startsWith('term:'))).toHaveLength(2);
    expect(keys(filterTimeline(rows, { text: 'review senco' }))).toEqual(['term:2025-09-03', 'event:e1']);
    expect(keys(filterTimeline(rows, { text: 'council' }))).toEqual(['term:2026-04-13', 'clock:c:2026-04-20']);
    expect(keys(filterTimeline(rows, { text: 'jones', kinds: new Set(['commitment']) }))).toEqual([]);
  });

  it('keeps everything for blank words and no kinds', () => {
    expect(filterTimeline(rows, { text: '   ' })).toEqual(rows);
    expect(filterTimeline(rows, {})).toEqual(rows);
    expect(filterTimeline([], { text: 'x' })).toEqual([]);
  });
});
