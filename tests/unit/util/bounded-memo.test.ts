import { describe, expect, it } from 'vitest';
import { boundedMemo } from '@/lib/util/bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => (calls.push(s), s.toUpperCase()), 10);
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a']);
  });

  it('remembers falsy answers too', () => {
    let calls = 0;
    const never = boundedMemo((_: number) => (calls++, null), 10);
    never(1);
    never(1);
    expect(calls).toBe(1);
  });

  it('never holds more than its bound: past it, it starts again', () => {
    let calls = 0;
    const id = boundedMemo((n: number) => (calls++, n), 3);
    for (const n of [1, 2, 3]) id(n);
    expect(calls).toBe(3);
    id(4); // over the bound: the memory starts again with 4
    id(1);
    expect(calls).toBe(5);
    id(4);
    expect(calls).toBe(5);
  });
});
