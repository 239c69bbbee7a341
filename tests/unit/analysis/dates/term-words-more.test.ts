// More term words (term-calendar.md), named holidays and school years, and term words in a school
// year the calendar does not cover. Example calendar: Autumn 2025 3 Sep–19 Dec (half term 27–31 Oct),
// Spring 2026 5 Jan–27 Mar (16–20 Feb), Summer 2026 13 Apr–21 Jul (25–29 May); it starts in Autumn 2024.
import { describe, expect, it } from 'vitest';
import { dates, dayOf, only } from './helpers';

// Tuesday 16 September 2025, early in the autumn term.
const SEP = '2025-09-16';

describe('half terms named by month or term', () => {
  it('"after the October half term" is the first weekday after that break', () => {
    expect(dayOf('The group will start after the October half term.', SEP)).toBe('2025-11-03');
    expect(dayOf('We will review it when we come back after the February half term.', SEP)).toBe('2026-02-23');
  });
  it('takes next year\'s break once this year\'s is over', () => {
    expect(dayOf('The group will start after the October half term.', '2025-11-10')).toBe('2026-11-02');
  });
  it('a named break alone is a span', () => {
    expect(only('We are away over February half term.', SEP)[1]).toBeNull();
    expect(only('The club stops for the spring half term.', SEP)[1]).toBeNull();
  });
});

describe('the second half of a term', () => {
  it('"the start of the second half term" is the first weekday after the current break', () => {
    expect(dayOf('We will review his targets at the start of the second half term.', SEP)).toBe('2025-11-03');
    // After the autumn break, the next one is the spring term's.
    expect(dayOf('We will review his targets at the start of the second half term.', '2025-11-12')).toBe('2026-02-23');
  });
  it('"on return in the second half of the spring term"', () => {
    expect(dayOf('She will join the group on return in the second half of the spring term.', SEP)).toBe('2026-02-23');
  });
  it('spans alone have no day', () => {
    expect(only('Swimming is in the second half of the spring term.', SEP)).toEqual(['in the second half of the spring term', null]);
    expect(only('He settled well during the first half term.', SEP)).toEqual(['during the first half term', null]);
    expect(only('We hope you all had a restful half term.', SEP)).toEqual(['half term', null]);
  });
});

describe('named holidays and school years are dates with no day', () => {
  it('finds them', () => {
    expect(only('The library is closed over the Christmas holidays.', SEP)[1]).toBeNull();
    expect(only('After Easter, the lunch menu changes.', SEP)).toEqual(['After Easter', null]);
    expect(only('Here are the term dates for the 2025-26 school year.', SEP)).toEqual(['for the 2025-26 school year', null]);
    expect(only('We look forward to working with you in the academic year ahead.', SEP)[1]).toBeNull();
    expect(only('At the start of a new school year, we review every plan.', SEP)[1]).toBeNull();
    expect(only('The Act came into force in 2014.', SEP)).toEqual(['in 2014', null]);
  });
  it('leaves general seasons and headings alone', () => {
    expect(dates('Children need water, particularly in the summer months.', SEP)).toEqual([]);
    const found = dates('Summer term: 13th April – 21st July', '2026-03-02');
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['13th April', '2026-04-13'],
      ['21st July', '2026-07-21'],
    ]);
  });
});

describe('a school year the calendar does not cover', () => {
  it('gives a term word no day and names the missing year', () => {
    const found = dates('We will review the plan after half term.', '2022-10-04');
    expect(found.map((d) => [d.text, d.date, d.missingTermYear])).toEqual([['after half term', null, '2022–23']]);
  });
  it('never borrows a day from another year, in a holiday either', () => {
    for (const body of ['It will be ready by the end of term.', 'She starts next term.', 'We will meet at the start of the spring term.']) {
      const found = dates(body, '2023-08-10');
      expect(found).toHaveLength(1);
      expect(found[0]!.date).toBeNull();
      expect(found[0]!.missingTermYear).toBe('2023–24');
    }
  });
  it('names the year after the calendar when a word reaches past its end', () => {
    const found = dates('She will start next term.', '2027-05-04');
    expect(found.map((d) => [d.date, d.missingTermYear])).toEqual([[null, '2027–28']]);
  });
  it('sets no missing year where the calendar covers it', () => {
    expect(dates('We will review it after half term.', SEP)[0]!.missingTermYear).toBeUndefined();
  });
});

describe('more named days and breaks', () => {
  it('"before the October half term" is the last weekday before that break', () => {
    expect(dayOf('We will review it before the October half term.', SEP)).toBe('2025-10-24');
  });
  it('days fixed by Easter are the next ones, or the last in a past clause', () => {
    expect(dayOf('School is closed on Good Friday.', SEP)).toBe('2026-04-03');
    expect(dayOf('The club meets again on Easter Monday.', SEP)).toBe('2026-04-06');
    expect(dayOf('We were closed on Good Friday.', SEP)).toBe('2025-04-18');
  });
});
