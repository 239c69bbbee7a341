import { describe, expect, it } from 'vitest';
import { parseFindingId } from '@/lib/findings/finding-id';

describe('parseFindingId', () => {
  it('reads back the record, kind and span an id names', () => {
    expect(parseFindingId('rec-1:commitment:12-40')).toEqual({ id: 'rec-1:commitment:12-40', recordId: 'rec-1', kind: 'commitment', start: 12, end: 40 });
    expect(parseFindingId('a:b:vague:0-5')).toMatchObject({ recordId: 'a:b', kind: 'vague', start: 0, end: 5 });
  });

  it('refuses what is not a finding id', () => {
    for (const id of ['', 'rec-1', 'rec-1:promise:1-4', 'rec-1:date:9-4', 'rec-1:date:1-', ':date:1-4']) expect(parseFindingId(id)).toBeNull();
  });

  it('stays fast on hostile ids', () => {
    const hostile = `${'a:'.repeat(100_000)}date:1-x`;
    const started = performance.now();
    expect(parseFindingId(hostile)).toBeNull();
    expect(performance.now() - started).toBeLessThan(30_000); // a hang check only: speed is measured by npm run bench
  });
});
