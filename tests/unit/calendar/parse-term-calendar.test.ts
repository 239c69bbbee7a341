import { describe, expect, it } from 'vitest';
import { EXAMPLE_TERM_CALENDAR_JSON } from '../../support/term-calendar';
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';

describe('term calendar files', () => {
  it('reads the shared example calendar, terms in date order', () => {
    const text = EXAMPLE_TERM_CALENDAR_JSON;
    const result = parseTermCalendar(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.calendar.terms).toHaveLength(9);
      expect(result.calendar.terms[0]).toMatchObject({ name: 'Autumn 2024', start: '2024-09-03', halfTermStart: '2024-10-28' });
    }
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['no terms', '{"terms":[]}', /needs a "terms" list/],
    ['a bad day', '{"terms":[{"start":"2024-09-31","end":"2024-12-20","halfTermStart":"2024-10-28","halfTermEnd":"2024-11-01"}]}', /term 1 needs "start"/],
    ['half term outside its term', '{"terms":[{"start":"2024-09-03","end":"2024-10-20","halfTermStart":"2024-10-28","halfTermEnd":"2024-11-01"}]}', /half term must fall/],
  ])('refuses %s, saying what is wrong', (_name, text, message) => {
    const result = parseTermCalendar(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
