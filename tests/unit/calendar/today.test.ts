import { describe, expect, it } from 'vitest';
import { todayIso } from '@/lib/calendar/today';

describe('todayIso', () => {
  it('is the local calendar day, not the UTC one', () => {
    // Tests run in Europe/London: UTC+1 in June, so 23:30 UTC is 00:30 on 1 July there.
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
