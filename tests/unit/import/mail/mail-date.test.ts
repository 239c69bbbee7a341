import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '@/lib/import/mail/mail-date';

describe('isoWithOffset: the Date header with the offset it was written in', () => {
  it.each([
    ['Mon, 2 Mar 2026 10:15:00 +0000', '2026-03-02T10:15:00+00:00'],
    ['Mon, 3 Mar 2025 23:30:00 -0500', '2025-03-03T23:30:00-05:00'],
    ['Tue, 10 Sep 2024 16:05:00 +0100', '2024-09-10T16:05:00+01:00'],
    ['Fri, 30 Oct 2009 19:11:02 +1100', '2009-10-30T19:11:02+11:00'],
    ['Wed, 1 Apr 2026 08:00:00 +0530 (IST)', '2026-04-01T08:00:00+05:30'],
    ['Mon, 02 Mar 2026 10:15:00 +0000 (GMT)', '2026-03-02T10:15:00+00:00'],
    ['2 Mar 2026 10:15 +0000', '2026-03-02T10:15:00+00:00'],
    ['Monday, 02-Mar-2026 10:15:00 +0000', '2026-03-02T10:15:00+00:00'],
    ['Mon, 2 Mar 26 10:15:00 +0000', '2026-03-02T10:15:00+00:00'],
    ['Mon, 2 Mar 99 10:15:00 +0000', '1999-03-02T10:15:00+00:00'],
    ['Thu, 2 Apr 2026 09:00:00 BST', '2026-04-02T09:00:00+01:00'],
    ['Mon, 2 Mar 2026 10:15:00 GMT', '2026-03-02T10:15:00+00:00'],
    ['Mon, 2 Mar 2026 05:15:00 EST', '2026-03-02T05:15:00-05:00'],
    ['Fri, 6 Mar 2026 07:00:00 -0000', '2026-03-06T07:00:00+00:00'],
    ['Mon, 2 Mar 2026 10:15:00', '2026-03-02T10:15:00+00:00'],
    ['Mon, 2 Mar 2026 10:15:00 +01:00', '2026-03-02T10:15:00+01:00'],
    ['Mon Mar  2 10:15:00 2026', '2026-03-02T10:15:00+00:00'],
    ['2026-03-02T10:15:00+01:00', '2026-03-02T10:15:00+01:00'],
    ['Tue, 31 Dec 2024 23:59:60 +0000', '2024-12-31T23:59:59+00:00'],
  ])('%s → %s', (header, expected) => {
    expect(isoWithOffset(header)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['yesterday'],
    ['Mon, 30 Feb 2026 10:15:00 +0000'],
    ['Mon, 2 Mar 2026 25:00:00 +0000'],
    ['Mon, 2 Foo 2026 10:15:00 +0000'],
    ['Mon, 2 Mar 2026 10:15:00 +2500'],
    ['2026-03-02 10:15'],
  ])('is null for %s', (header) => {
    expect(isoWithOffset(header)).toBeNull();
  });

  it('reads the same day whatever the computer\'s zone (no Date.parse of zone-less text)', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(isoWithOffset('Mon, 2 Mar 2026 23:30:00')).toBe('2026-03-02T23:30:00+00:00');
    } finally {
      process.env.TZ = before;
    }
  });
});
