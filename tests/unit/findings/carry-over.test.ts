import { describe, expect, it } from 'vitest';
import { carryOver, overlapOf, type FindingSpan } from '@/lib/findings/carry-over';
import type { FindingKind } from '@/lib/findings/kinds';

const span = (kind: FindingKind, start: number, end: number, recordId = 'r1'): FindingSpan => ({ id: `${recordId}:${kind}:${start}-${end}`, recordId, kind, start, end });
const held = (...pairs: [FindingSpan, ...string[]][]) => new Map(pairs.map(([f, ...tables]) => [f.id, new Set(tables)]));

describe('overlapOf', () => {
  it('counts shared characters of [start, end) spans, and 0 for spans that only touch or miss', () => {
    expect(overlapOf({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlapOf({ start: 5, end: 20 }, { start: 0, end: 10 })).toBe(5);
    expect(overlapOf({ start: 0, end: 10 }, { start: 2, end: 4 })).toBe(2);
    expect(overlapOf({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(0);
    expect(overlapOf({ start: 0, end: 10 }, { start: 30, end: 40 })).toBe(0);
  });
});

describe('carryOver: where a gone finding’s entries go', () => {
  it('moves to the new finding of the same kind whose words overlap most', () => {
    const old = span('commitment', 100, 150);
    const small = span('commitment', 90, 110); // 10 shared
    const big = span('commitment', 105, 160); // 45 shared
    const otherKind = span('vague', 100, 150); // same words, other kind
    expect(carryOver([old], [small, big, otherKind])).toEqual(new Map([[old.id, big.id]]));
  });

  it('breaks a tie in overlap by the nearest start', () => {
    const old = span('date', 50, 60);
    const before = span('date', 40, 55); // 5 shared, starts 10 away
    const after = span('date', 55, 70); // 5 shared, starts 5 away
    expect(carryOver([old], [before, after]).get(old.id)).toBe(after.id);
    expect(carryOver([old], [after, before]).get(old.id)).toBe(after.id);
  });

  it('leaves findings still found where they are, and maps nothing where no new finding of the kind overlaps', () => {
    const kept = span('vague', 10, 20);
    const gone = span('vague', 200, 210);
    const result = carryOver([kept, gone], [kept, span('vague', 0, 5), span('commitment', 195, 215)]);
    expect(result.size).toBe(0);
  });

  it('never moves across records, even at the same offsets', () => {
    const old = span('commitment', 0, 40, 'r1');
    expect(carryOver([old], [span('commitment', 0, 45, 'r2')]).size).toBe(0);
  });

  it('with entries: moves only findings holding something, each whole', () => {
    const marked = span('commitment', 0, 30);
    const bare = span('commitment', 40, 60);
    const next = [span('commitment', 5, 30), span('commitment', 40, 65)];
    expect(carryOver([marked, bare], next, held([marked, 'marks', 'links']))).toEqual(new Map([[marked.id, next[0]!.id]]));
  });

  it('with entries: never onto a finding that holds an entry of the same collection; the closer fit wins', () => {
    const near = span('commitment', 10, 50); // 40 shared with the merged one
    const far = span('commitment', 55, 70); // 15 shared
    const merged = span('commitment', 10, 70);
    const moves = carryOver([far, near], [merged], held([near, 'marks'], [far, 'marks']));
    expect(moves).toEqual(new Map([[near.id, merged.id]]));
    // Different collections can share the new finding: a mark from one, a link from the other.
    const both = carryOver([far, near], [merged], held([near, 'marks'], [far, 'links']));
    expect(both).toEqual(new Map([[near.id, merged.id], [far.id, merged.id]]));
  });

  it('with entries: a finding still found keeps its own mark; a gone one with a mark does not displace it', () => {
    const still = span('commitment', 10, 50);
    const gone = span('commitment', 12, 48);
    expect(carryOver([still, gone], [still], held([still, 'marks'], [gone, 'marks'])).size).toBe(0);
    expect(carryOver([still, gone], [still], held([still, 'marks'], [gone, 'links']))).toEqual(new Map([[gone.id, still.id]]));
  });

  it('gives the same answer whatever order the findings come in', () => {
    const old = [span('commitment', 0, 20), span('commitment', 15, 40), span('vague', 3, 9), span('date', 30, 38)];
    const next = [span('commitment', 0, 40), span('vague', 2, 8), span('vague', 6, 12), span('date', 31, 38)];
    const entries = held([old[0]!, 'marks'], [old[1]!, 'marks'], [old[2]!, 'links'], [old[3]!, 'links']);
    const first = carryOver(old, next, entries);
    expect(carryOver([...old].reverse(), [...next].reverse(), entries)).toEqual(first);
    expect(first.get(old[1]!.id)).toBe(next[0]!.id); // 25 shared beats 20
    expect(first.has(old[0]!.id)).toBe(false);
    expect(first.get(old[2]!.id)).toBe(next[1]!.id); // 5 shared beats 3
    expect(first.get(old[3]!.id)).toBe(next[3]!.id);
  });
});
