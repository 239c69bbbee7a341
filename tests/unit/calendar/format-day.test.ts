import { describe, expect, it } from 'vitest';
import { countdown, formatDay, formatDayPlain, formatDayShort, relativeDays } from '@/lib/calendar/format-day';
import { currentPlan } from '@/lib/plan/current-plan';
import type { SupportPlan } from '@/lib/model/plan';

describe('days for parents', () => {
  it('writes days in British English, whatever the zone', () => {
    expect(formatDay('2026-03-03')).toBe('Tuesday 3 March 2026');
    expect(formatDay('2028-02-29')).toBe('Tuesday 29 February 2028');
    expect(formatDay('2027-01-04')).toBe('Monday 4 January 2027');
    expect(formatDayPlain('2026-09-07')).toBe('7 September 2026');
    expect(formatDayShort('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDayShort('2026-09-07')).toBe('7 Sep 2026');
    expect(formatDay('2026-02-30')).toBe('');
    expect(formatDay(null)).toBe('');
    expect(formatDay('')).toBe('');
    expect(formatDayPlain('soon')).toBe('');
  });

  it('counts down to a deadline in words', () => {
    expect([countdown(0), countdown(1), countdown(12), countdown(-1), countdown(-3)]).toEqual(['due today', '1 day left', '12 days left', '1 day overdue', '3 days overdue']);
  });

  it('counts days in words', () => {
    expect([relativeDays(0), relativeDays(1), relativeDays(-1), relativeDays(5), relativeDays(-12)]).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 5 days',
      '12 days ago',
    ]);
  });
});

describe('currentPlan', () => {
  const plan = (id: string, startsOn: string) => ({ id, startsOn }) as SupportPlan;
  it('is the latest plan to have started by today', () => {
    const plans = [plan('a', '2025-09-10'), plan('b', '2026-01-12'), plan('c', '2026-12-01')];
    expect(currentPlan(plans, '2026-11-23')?.id).toBe('b');
    expect(currentPlan(plans, '2026-12-01')?.id).toBe('c');
    expect(currentPlan(plans, '2025-01-01')).toBeNull();
  });
});
