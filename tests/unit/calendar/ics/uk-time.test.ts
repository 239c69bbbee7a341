import { describe, expect, it } from 'vitest';
import { ukWallClock } from '@/lib/calendar/ics/uk-time';

const at = (iso: string) => ukWallClock(Date.parse(iso));

describe('UK wall-clock day of a UTC time', () => {
  it('adds an hour in British Summer Time, so 23:00 UTC is the next day', () => {
    expect(at('2026-09-01T23:00:00Z')).toEqual({ day: '2026-09-02', seconds: 0 });
  });

  it('leaves GMT alone in winter', () => {
    expect(at('2026-12-18T13:30:00Z')).toEqual({ day: '2026-12-18', seconds: 13.5 * 3600 });
  });

  // 2026: summer time from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
  it('changes over at 01:00 UTC on the last Sundays of March and October', () => {
    expect(at('2026-03-29T00:59:59Z')).toEqual({ day: '2026-03-29', seconds: 59 * 60 + 59 });
    expect(at('2026-03-29T01:00:00Z')).toEqual({ day: '2026-03-29', seconds: 2 * 3600 });
    expect(at('2026-10-25T00:59:59Z')).toEqual({ day: '2026-10-25', seconds: 3600 + 59 * 60 + 59 });
    expect(at('2026-10-25T01:00:00Z')).toEqual({ day: '2026-10-25', seconds: 3600 });
  });

  it('gives nothing for a time that is not a number', () => {
    expect(ukWallClock(Number.NaN)).toBeNull();
  });
});
