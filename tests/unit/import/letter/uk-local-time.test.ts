import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ukWallTimeIso } from '@/lib/import/letter/uk-local-time';

describe('ukWallTimeIso', () => {
  it('writes GMT in winter and BST in summer', () => {
    expect(ukWallTimeIso('2026-03-12')).toBe('2026-03-12T00:00:00+00:00');
    expect(ukWallTimeIso('2026-07-12')).toBe('2026-07-12T00:00:00+01:00');
    expect(ukWallTimeIso('2026-07-12', 10, 15, 30)).toBe('2026-07-12T10:15:30+01:00');
  });

  it('gets the clock-change days right (2026: 29 March and 25 October)', () => {
    // Midnight on the spring day is still GMT (clocks go forward at 01:00); on the autumn day still BST.
    expect(ukWallTimeIso('2026-03-29')).toBe('2026-03-29T00:00:00+00:00');
    expect(ukWallTimeIso('2026-03-29', 3)).toBe('2026-03-29T03:00:00+01:00');
    expect(ukWallTimeIso('2026-03-30')).toBe('2026-03-30T00:00:00+01:00');
    expect(ukWallTimeIso('2026-10-25')).toBe('2026-10-25T00:00:00+01:00');
    expect(ukWallTimeIso('2026-10-25', 3)).toBe('2026-10-25T03:00:00+00:00');
    expect(ukWallTimeIso('2026-10-26')).toBe('2026-10-26T00:00:00+00:00');
  });

  it('is null for a day or time that does not exist', () => {
    expect(ukWallTimeIso('2026-02-30')).toBeNull();
    expect(ukWallTimeIso('not a day')).toBeNull();
    expect(ukWallTimeIso('2026-03-12', 24)).toBeNull();
    expect(ukWallTimeIso('2026-03-12', 10, 60)).toBeNull();
  });

  it('agrees with the runtime’s own Europe/London zone for any day', () => {
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1997-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 23 }), (d, hour) => {
        const day = d.toISOString().slice(0, 10);
        const iso = ukWallTimeIso(day, hour)!;
        // Skip the hour that does not exist when the clocks go forward.
        const parts = Object.fromEntries(london.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
        if (parts.hour !== String(hour).padStart(2, '0')) return;
        expect(`${parts.year}-${parts.month}-${parts.day}`).toBe(day);
      }),
      { numRuns: 100 },
    );
  });
});
