import { describe, expect, it } from 'vitest';
import { EXAMPLE_TERM_CALENDAR_JSON } from '../../support/term-calendar';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';
import { checkCalendar } from '@/lib/calendar/calendar-check';

const autumn: Term = { name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' };
const spring: Term = { name: 'Spring 2027', start: '2027-01-04', end: '2027-03-25', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19' };
const summer: Term = { name: 'Summer 2027', start: '2027-04-12', end: '2027-07-21', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04' };

function check(...terms: Term[]): string[] {
  return checkCalendar({ name: 'Test', terms });
}

describe('checking term dates typed by a parent', () => {
  it('finds nothing wrong with a normal year, or with the shared example calendar', () => {
    expect(check(autumn, spring, summer)).toEqual([]);
    const corpus = JSON.parse(EXAMPLE_TERM_CALENDAR_JSON) as TermCalendar;
    expect(checkCalendar(corpus)).toEqual([]);
  });

  it('does not mind terms typed out of order', () => {
    expect(check(summer, autumn, spring)).toEqual([]);
  });

  it('asks for a first term when there are none', () => {
    expect(check()).toEqual(['There are no terms yet. Add the first term to get started.']);
  });

  it('says when a term ends before it starts', () => {
    expect(check({ ...autumn, end: '2026-09-01', halfTermStart: '2026-09-01', halfTermEnd: '2026-09-01' })).toEqual([
      'Autumn 2026 ends (1 September 2026) before it starts (2 September 2026).',
    ]);
  });

  it('says when half term is outside its term, or back to front', () => {
    expect(check({ ...autumn, halfTermStart: '2026-12-21', halfTermEnd: '2026-12-25' })).toEqual([
      'Autumn 2026: half term (21 to 25 December 2026) is not inside the term (2 September to 18 December 2026).',
    ]);
    expect(check({ ...autumn, halfTermStart: '2026-10-30', halfTermEnd: '2026-10-26' })).toEqual([
      'Autumn 2026: half term ends (26 October 2026) before it starts (30 October 2026).',
    ]);
  });

  it('says when a term starts or ends on a weekend', () => {
    // 5 September 2026 is a Saturday; 20 December 2026 a Sunday.
    expect(check({ ...autumn, start: '2026-09-05', end: '2026-12-20' })).toEqual([
      'Autumn 2026 starts on a Saturday (5 September 2026). Terms start on a school day, so please check this date.',
      'Autumn 2026 ends on a Sunday (20 December 2026). Terms end on a school day, so please check this date.',
    ]);
  });

  it('says when a term is more than 16 weeks long', () => {
    // 2 September 2026 to 29 January 2027 is 150 days, just over 21 weeks.
    expect(check({ ...autumn, end: '2027-01-29' })).toEqual([
      'Autumn 2026 is about 22 weeks long. A term is rarely more than 16 weeks, so please check its dates.',
    ]);
    // 1 September 2025 (Monday) to 19 December 2025 is 110 days: long, but a real autumn term.
    expect(check({ ...autumn, start: '2025-09-01', end: '2025-12-19', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31' })).toEqual([]);
  });

  it('says when terms overlap', () => {
    expect(check(autumn, { ...spring, start: '2026-12-14' })).toEqual([
      'Autumn 2026 and Spring 2027 overlap: Spring 2027 starts (14 December 2026) before Autumn 2026 ends (18 December 2026).',
    ]);
  });

  it('says when the gap between two terms is far longer than a summer holiday', () => {
    // Summer 2027 ends 21 July 2027; with Autumn 2027 typed as starting 1 November, the gap is 102 days.
    const lateAutumn: Term = { name: 'Autumn 2027', start: '2027-11-01', end: '2027-12-17', halfTermStart: '2027-11-22', halfTermEnd: '2027-11-26' };
    expect(check(summer, lateAutumn)).toEqual([
      'There are 15 weeks between Summer 2027 and Autumn 2027. The longest school holiday, in the summer, is about 6 weeks, so a term may be missing or a date may be wrong.',
    ]);
    // The usual summer holiday, 22 July to 1 September, is fine.
    expect(check(summer, { ...autumn, name: 'Autumn 2027', start: '2027-09-02', end: '2027-12-17', halfTermStart: '2027-10-25', halfTermEnd: '2027-10-29' })).toEqual([]);
  });

  it('says when two terms share a name, once per name', () => {
    expect(check(autumn, { ...spring, name: 'autumn 2026 ' }, { ...summer, name: 'Autumn 2026' })).toEqual([
      'Several terms are called "Autumn 2026". Please give each term its own name.',
    ]);
    expect(check(autumn, { ...spring, name: 'Autumn 2026' })).toEqual(['Two terms are called "Autumn 2026". Please give each term its own name.']);
  });

  it('names a term by its first day when it has no name', () => {
    expect(check({ ...autumn, name: ' ' })).toEqual(['The term starting 2 September 2026 has no name.']);
  });

  it('says which dates are missing or not real dates, without tripping over them', () => {
    const broken = { ...spring, start: '', halfTermEnd: '2027-02-30' };
    expect(check(autumn, broken)).toEqual([
      'Spring 2027: the first day is missing or is not a real date.',
      'Spring 2027: the last day of half term is missing or is not a real date.',
    ]);
  });

  it('copes with anything stored in place of a term', () => {
    const junk = { name: 'Junk', terms: [null, 7, { name: 3 }] } as unknown as TermCalendar;
    expect(checkCalendar(junk)).toContain('Term 1: the first day is missing or is not a real date.');
    expect(checkCalendar({ name: 'x' } as unknown as TermCalendar)).toEqual(['There are no terms yet. Add the first term to get started.']);
  });
});
