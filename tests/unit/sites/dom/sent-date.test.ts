import { describe, expect, it } from 'vitest';
import { parseDisplayedDate, toLocalIso } from '../../../../lib/sites/dom/sent-date';

// vitest.config.ts pins TZ to Europe/London: GMT (+00:00) in winter, BST (+01:00) in summer.
const NOW = new Date(2026, 4, 15, 12, 0); // Fri 15 May 2026, 12:00 BST

describe('parseDisplayedDate', () => {
  it.each([
    // en-US, 12-hour
    ['May 13, 2026, 11:02 PM', '2026-05-13T23:02:00+01:00'],
    ['Wed, May 13, 2026 at 11:02 PM', '2026-05-13T23:02:00+01:00'],
    ['Wednesday, May 13, 2026 at 11:02 PM', '2026-05-13T23:02:00+01:00'],
    ['Mon, Jan 12, 2026, 4:45 PM', '2026-01-12T16:45:00+00:00'],
    ['Jan 12, 2026, 12:05 AM', '2026-01-12T00:05:00+00:00'],
    ['Jan 12, 2026, 12:05 PM', '2026-01-12T12:05:00+00:00'],
    // en-GB, 24-hour
    ['13 May 2026, 23:02', '2026-05-13T23:02:00+01:00'],
    ['Wed, 13 May 2026, 23:02', '2026-05-13T23:02:00+01:00'],
    ['Wednesday, 13 May 2026 at 23:02', '2026-05-13T23:02:00+01:00'],
    ['Thu, 14 Nov 2024 at 08:47', '2024-11-14T08:47:00+00:00'],
    ['13 May 2026 at 11:02 pm', '2026-05-13T23:02:00+01:00'],
    ['11 November 2024 20:12', '2024-11-11T20:12:00+00:00'],
    // Outlook: all-number dates are day-first (en-GB)
    ['Tue 12/11/2024 15:04', '2024-11-12T15:04:00+00:00'],
    ['12/11/2024 15:04', '2024-11-12T15:04:00+00:00'],
    ['13/05/2026 09:41', '2026-05-13T09:41:00+01:00'],
    ['Fri 27/03/2026 08:30', '2026-03-27T08:30:00+00:00'],
    ['Mon 30/03/2026 16:45', '2026-03-30T16:45:00+01:00'],
    // …unless only month-first makes sense, or the weekday shown says so
    ['05/13/2026 9:05 AM', '2026-05-13T09:05:00+01:00'],
    ['Wed 12/11/2024 3:04 PM', '2024-12-11T15:04:00+00:00'],
    // with seconds; Gmail's "(2 days ago)"
    ['Tue, 12 Nov 2024, 15:04:05', '2024-11-12T15:04:05+00:00'],
    ['13 May 2026, 23:02 (2 days ago)', '2026-05-13T23:02:00+01:00'],
    // explicit zones are converted to the browser's offset
    ['Tue, 12 Nov 2024 15:04:05 +0000', '2024-11-12T15:04:05+00:00'],
    ['Tuesday, 12 November 2024, 19:30:12 GMT', '2024-11-12T19:30:12+00:00'],
    ['Wed, 13 May 2026 22:02:00 GMT', '2026-05-13T23:02:00+01:00'],
    ['2024-11-12T15:04:05Z', '2024-11-12T15:04:05+00:00'],
    ['2026-05-13T22:02:00.000Z', '2026-05-13T23:02:00+01:00'],
    ['2026-05-13 23:02', '2026-05-13T23:02:00+01:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseDisplayedDate(text, NOW)).toBe(iso);
  });

  it('anchors dates without a year or day on now', () => {
    expect(parseDisplayedDate('14:02', NOW)).toBe('2026-05-15T14:02:00+01:00');
    expect(parseDisplayedDate('2:02 PM (3 hours ago)', NOW)).toBe('2026-05-15T14:02:00+01:00');
    expect(parseDisplayedDate('Yesterday 09:15', NOW)).toBe('2026-05-14T09:15:00+01:00');
    expect(parseDisplayedDate('Today 08:00', NOW)).toBe('2026-05-15T08:00:00+01:00');
    expect(parseDisplayedDate('Tue 15:04', NOW)).toBe('2026-05-12T15:04:00+01:00');
    expect(parseDisplayedDate('13 May', NOW)).toBe('2026-05-13T00:00:00+01:00');
    expect(parseDisplayedDate('May 13, 9:00 AM', NOW)).toBe('2026-05-13T09:00:00+01:00');
    // "20 Dec" seen in May is last December
    expect(parseDisplayedDate('20 Dec, 10:00', NOW)).toBe('2025-12-20T10:00:00+00:00');
  });

  it('can be told that all-number dates are month-first', () => {
    expect(parseDisplayedDate('12/11/2024 15:04', NOW, { numericOrder: 'month-first' })).toBe('2024-12-11T15:04:00+00:00');
  });

  it('returns null for text that is not a date', () => {
    for (const s of ['', 'nonsense', 'Re: SEN Support plan', '31 Feb 2024', '13/13/2024', '25:61']) {
      expect(parseDisplayedDate(s, NOW)).toBeNull();
    }
  });

  it('writes the offset in force at that date', () => {
    expect(toLocalIso(new Date(Date.UTC(2026, 0, 1, 9)))).toBe('2026-01-01T09:00:00+00:00');
    expect(toLocalIso(new Date(Date.UTC(2026, 6, 1, 9)))).toBe('2026-07-01T10:00:00+01:00');
  });
});
