import { describe, expect, it } from 'vitest';
import { parseFindingId } from '@/lib/findings/finding-id';
import { isRetired, retireFinding } from '@/lib/findings/retired-finding';
import { describeFinding, findingWords } from '@/lib/findings/words';
import type { StoredFinding } from '@/lib/model/finding';

const TEXT = 'Dear Ms Green,\n\nWe will ring you on Friday about the reading group.\n';
const record = { text: TEXT, childId: 'child-2' };
const at = { version: 2, at: '2026-12-01T10:00:00.000Z' };

const promise: StoredFinding = {
  id: 'r:commitment:16-67',
  recordId: 'r',
  childId: 'child-1',
  kind: 'commitment',
  start: 16,
  end: 67,
  text: TEXT.slice(16, 67),
  actor: 'school',
  due: '2026-12-04',
  hedged: false,
  conditional: false,
};

describe('retireFinding', () => {
  it('keeps the stored finding as it was, under its own id, now with the record’s child', () => {
    const retired = retireFinding(parseFindingId(promise.id)!, promise, record, at);
    expect(retired).toEqual({ ...promise, childId: 'child-2', retired: at });
    expect(isRetired(retired)).toBe(true);
    expect(isRetired(promise)).toBe(false);
  });

  it('keeps when it was first retired through later analyses', () => {
    const once = retireFinding(parseFindingId(promise.id)!, promise, record, at);
    const again = retireFinding(parseFindingId(promise.id)!, once, record, { version: 3, at: '2027-05-01T00:00:00.000Z' });
    expect(again.retired).toEqual(at);
  });

  it('rebuilds a finding known only by its id from the record’s words, shown without claims it cannot make', () => {
    for (const kind of ['commitment', 'vague', 'date', 'concern'] as const) {
      const retired = retireFinding(parseFindingId(`r:${kind}:20-28`)!, undefined, record, at);
      expect(retired).toMatchObject({ id: `r:${kind}:20-28`, kind, recordId: 'r', childId: 'child-2', start: 20, end: 28, text: TEXT.slice(20, 28), retired: at });
      expect(describeFinding(retired)).toMatch(/\S/);
      expect(findingWords(retired, { hasCalendar: false }).title).toMatch(/\S/);
    }
    const commitment = retireFinding(parseFindingId('r:commitment:20-28')!, undefined, record, at);
    expect(commitment).toMatchObject({ due: null, hedged: false, conditional: false });
  });
});
