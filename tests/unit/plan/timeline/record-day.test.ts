import { describe, expect, it } from 'vitest';
import { recordDayOf, ukDayOf } from '@/lib/plan/timeline/record-day';

describe('ukDayOf', () => {
  it('keeps the day of a time written with its own offset, as the analysis does', () => {
    expect(ukDayOf('2024-09-10T23:30:00+01:00')).toBe('2024-09-10');
    expect(ukDayOf('2024-09-10T00:30:00-05:00')).toBe('2024-09-10');
  });

  it('moves a UTC time late in the evening to the next UK day in summer time only', () => {
    expect(ukDayOf('2026-06-30T23:30:00.000Z')).toBe('2026-07-01');
    expect(ukDayOf('2026-06-30T23:15:00+00:00')).toBe('2026-07-01');
    expect(ukDayOf('2026-06-30T22:59:59Z')).toBe('2026-06-30');
    expect(ukDayOf('2026-01-15T23:30:00.000Z')).toBe('2026-01-15');
  });

  it('changes with the clocks: last Sundays of March (29th) and October (25th) in 2026, at 01:00 UTC', () => {
    expect(ukDayOf('2026-03-28T23:30:00Z')).toBe('2026-03-28'); // still GMT
    expect(ukDayOf('2026-03-29T23:30:00Z')).toBe('2026-03-30'); // BST began that morning
    expect(ukDayOf('2026-10-24T23:30:00Z')).toBe('2026-10-25'); // BST until 01:00 UTC on the 25th
    expect(ukDayOf('2026-10-25T23:30:00Z')).toBe('2026-10-25'); // GMT again
  });

  it('handles leap days and refuses days that do not exist', () => {
    expect(ukDayOf('2028-02-28T23:30:00Z')).toBe('2028-02-28');
    expect(ukDayOf('2024-02-29T12:00:00Z')).toBe('2024-02-29');
    expect(ukDayOf('2025-02-29T10:00:00Z')).toBeNull();
    expect(ukDayOf('not a date')).toBeNull();
    expect(ukDayOf('2026-01-05')).toBe('2026-01-05');
  });
});

describe('recordDayOf', () => {
  it('uses the sent time, else the time it was saved', () => {
    expect(recordDayOf({ sentAt: '2026-02-10T09:00:00+00:00', capturedAt: '2026-03-01T10:00:00.000Z' })).toBe('2026-02-10');
    expect(recordDayOf({ sentAt: null, capturedAt: '2026-06-30T23:30:00.000Z' })).toBe('2026-07-01');
    expect(recordDayOf({ sentAt: 'yesterday', capturedAt: '2026-01-02T10:00:00.000Z' })).toBe('2026-01-02');
  });
});
