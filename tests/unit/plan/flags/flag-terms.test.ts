import { describe, expect, it } from 'vitest';
import { flagTerms, termIndexAt } from '@/lib/plan/flags/flag-terms';
import { CALENDAR } from '../timeline/make-set';

describe('the terms flags count in', () => {
  it('without a calendar, takes terms from months, with August as holiday before autumn', () => {
    const terms = flagTerms(null, '2026-03-02', '2026-03-02');
    const at = (day: string) => terms[termIndexAt(terms, day)]!;
    expect(at('2026-03-02')).toEqual({
      key: 'approx:2026-01-01',
      name: 'Spring 2026',
      start: '2026-01-01',
      end: '2026-03-31',
      middle: '2026-02-14',
      season: 'spring',
      schoolYear: 2025,
      approximate: true,
    });
    expect(at('2025-12-31')).toMatchObject({ name: 'Autumn 2025', start: '2025-09-01', end: '2025-12-31' });
    expect(at('2026-08-10')).toMatchObject({ name: 'Autumn 2026', start: '2026-09-01', schoolYear: 2026 });
  });

  it('finds the middle of a leap-year term a day later', () => {
    const terms = flagTerms(null, '2028-03-01', '2028-03-01');
    expect(terms[termIndexAt(terms, '2028-02-29')]).toMatchObject({ name: 'Spring 2028', end: '2028-03-31', middle: '2028-02-15' });
  });

  it('uses the school’s terms where it has them, and months-based ones either side', () => {
    const terms = flagTerms(CALENDAR, '2024-01-10', '2027-10-01');
    const at = (day: string) => terms[termIndexAt(terms, day)]!;
    expect(at('2025-10-29')).toMatchObject({ key: 'term:2025-09-03', name: 'Autumn 2025', middle: '2025-10-27', approximate: false });
    expect(at('2024-08-15')).toMatchObject({ key: 'term:2024-09-03' }); // the holiday before the first term
    expect(at('2024-07-15')).toMatchObject({ key: 'approx:2024-04-01', name: 'Summer 2024', approximate: true });
    expect(at('2027-08-01')).toMatchObject({ key: 'approx:2027-09-01', name: 'Autumn 2027', approximate: true });
    expect(terms.some((t) => t.key === 'approx:2027-04-01')).toBe(false); // would overlap Summer 2027
    for (let i = 1; i < terms.length; i++) expect(terms[i]!.start > terms[i - 1]!.end).toBe(true);
  });
});
