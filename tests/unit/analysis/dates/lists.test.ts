// Abbreviated months, "the 13th" with the month named earlier, and lists and ranges of days that
// share a month (annotation-guidelines.md, section 1).
import { describe, expect, it } from 'vitest';
import { dates, dayOf, only } from './helpers';

// 2025-09-01 is a Monday.
const MON = '2025-09-01';
const days = (body: string, sent = MON) => dates(body, sent).map((d) => d.date);

describe('abbreviated months, with or without a full stop, either side of the day', () => {
  it('reads them', () => {
    expect(dayOf('The trip is on Nov. 5.', MON)).toBe('2025-11-05');
    expect(dayOf('Forms back by 5 Sept please.', MON)).toBe('2025-09-05');
    expect(dayOf('The deadline is Sept 30th.', MON)).toBe('2025-09-30');
    expect(dayOf('Please return it by 12 Dec. if you can.', MON)).toBe('2025-12-12');
  });
  it('keeps "Weds" with its date', () => {
    expect(only('The workshop is on Weds 4th Feb.', MON)).toEqual(['on Weds 4th Feb', '2026-02-04']);
  });
  it('reads the number after an abbreviated month as a day, not a year', () => {
    expect(dayOf('Reports go home on Oct 17.', MON)).toBe('2025-10-17');
  });
});

describe('"the 13th"', () => {
  it('takes the month last named earlier in the email', () => {
    const found = dates('We will meet again in October.\nIt will be on the morning of the 13th.', MON);
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['in October', null],
      ['on the morning of the 13th', '2025-10-13'],
    ]);
  });
  it('takes the month of "the end of October" too', () => {
    const found = dates('Reports are due by the end of October. The meeting is on the 13th.', MON);
    expect(found.map((d) => d.date)).toEqual(['2025-10-31', '2025-10-13']);
  });
  it('lets a weekday written with it win', () => {
    // The next 17th on or after 1 Sep 2025 that is a Monday is 17 November 2025.
    expect(dayOf('Please reply by Mon 17th.', MON)).toBe('2025-11-17');
    expect(dayOf('Please reply by Wed 17th.', MON)).toBe('2025-09-17');
  });
  it('is the next one when no month is named', () => {
    expect(dayOf('The photographer comes on the 14th.', MON)).toBe('2025-09-14');
  });
});

describe('lists and ranges of days', () => {
  it('gives each listed day the shared month', () => {
    expect(days('Visits are on Thursday 2nd and Friday 3rd October.')).toEqual(['2025-10-02', '2025-10-03']);
    // The nearest 13 March to 1 September 2025 is the one before it.
    expect(days('Sessions ran on the 11th, 12th and 13th March.')).toEqual(['2025-03-11', '2025-03-12', '2025-03-13']);
    expect(days('Sessions run on the 11th, 12th and 13th March.', '2026-01-10')).toEqual(['2026-03-11', '2026-03-12', '2026-03-13']);
    expect(days('The residential runs from Wednesday 8th to Friday 10th October.')).toEqual(['2025-10-08', '2025-10-10']);
  });
  it('splits a range with a day at each end', () => {
    expect(days('Half term: 27th October – 31st October', MON)).toEqual(['2025-10-27', '2025-10-31']);
    expect(days('Book week runs October 13th - 17th.')).toEqual(['2025-10-13', '2025-10-17']);
    expect(days('Clubs run on March 11th, 12th and 13th.', '2026-01-10')).toEqual(['2026-03-11', '2026-03-12', '2026-03-13']);
  });
  it('keeps the two ends of a range in order', () => {
    // Each end alone is nearest sentAt in a different year; together they are one summer term.
    expect(days('Summer term: April 28th – July 18th', '2025-11-04')).toEqual(['2025-04-28', '2025-07-18']);
    expect(days('Closed 22nd December – 2nd January.', '2025-11-04')).toEqual(['2025-12-22', '2026-01-02']);
  });
  it('notes a listed weekday that does not fit', () => {
    const found = dates('Visits are on Monday 2nd and Friday 3rd October.', MON);
    expect(found[0]!.conflict).toMatch(/Thursday/);
    expect(found[1]!.conflict).toBeUndefined();
  });
  it('leaves a weekday range as no date', () => {
    expect(dates('The club runs Monday to Wednesday.', MON)).toEqual([]);
  });
});
