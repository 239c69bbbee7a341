import { describe, expect, it } from 'vitest';
import type { StatutoryClock } from '@/lib/plan/clocks';
import { isLiveClock } from '@/lib/ui/live-clocks';

const clock = (over: Partial<StatutoryClock>) => ({ state: 'running', actor: 'local-authority', daysLeft: 10, ...over }) as StatutoryClock;

describe('which legal deadlines stay live', () => {
  it('keeps running clocks and the council’s missed deadlines, however old', () => {
    expect(isLiveClock(clock({}))).toBe(true);
    expect(isLiveClock(clock({ state: 'overdue', daysLeft: -400 }))).toBe(true);
  });
  it('lets a parent’s own missed deadline fade after a month, and never shows met or stopped ones', () => {
    expect(isLiveClock(clock({ state: 'overdue', actor: 'parent', daysLeft: -30 }))).toBe(true);
    expect(isLiveClock(clock({ state: 'overdue', actor: 'parent', daysLeft: -31 }))).toBe(false);
    expect(isLiveClock(clock({ state: 'met' }))).toBe(false);
    expect(isLiveClock(clock({ state: 'stopped' }))).toBe(false);
  });
});
