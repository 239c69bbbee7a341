import { describe, expect, it } from 'vitest';
import { EVENT_KIND_ORDER } from '@/lib/plan/event-kinds';
import { eventKindGroups, eventKindHint, eventKindLabel, isEventKind } from '@/lib/ui/forms/event-kinds';

describe('event kinds in the form', () => {
  it('offers every kind exactly once', () => {
    const offered = eventKindGroups().flatMap((g) => g.kinds.map((k) => k.value));
    expect([...offered].sort()).toEqual([...EVENT_KIND_ORDER].sort());
  });

  it('puts everyday events first', () => {
    expect(eventKindGroups()[0]).toMatchObject({ label: 'At school', kinds: [{ value: 'review' }, { value: 'meeting' }] });
  });

  it('gives each a plain label and a hint', () => {
    for (const group of eventKindGroups()) {
      for (const kind of group.kinds) {
        expect(kind.label.length).toBeGreaterThan(0);
        expect(kind.hint.length).toBeGreaterThan(0);
      }
    }
    expect(eventKindLabel('assessment-requested')).toBe('We asked the council for an EHC needs assessment');
    expect(eventKindHint('review')).not.toBe('');
    expect(isEventKind('meeting')).toBe(true);
    expect(isEventKind('toString')).toBe(false);
  });
});
