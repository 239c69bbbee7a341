// Term words against the example calendar (term-calendar.md). Its 2024-25 school year:
// Autumn 3 Sep–20 Dec 2024 (half term 28 Oct–1 Nov), Spring 6 Jan–4 Apr 2025 (17–21 Feb),
// Summer 22 Apr–22 Jul 2025 (26–30 May); then Autumn 2025 from 3 Sep (27–31 Oct), Spring 2026 from 5 Jan.
import { describe, expect, it } from 'vitest';
import { dates, dayOf, only } from './helpers';

describe('during a term (Tuesday 4 March 2025, spring term)', () => {
  const d = '2025-03-04';
  it('end of term', () => {
    expect(dayOf('We will review it at the end of term.', d)).toBe('2025-04-04');
    expect(dayOf('I will arrange a meeting before the end of this term.', d)).toBe('2025-04-04');
    expect(dayOf('I hope to see you before we break up.', d)).toBe('2025-04-04');
    expect(dayOf('It will come home on the last day of term.', d)).toBe('2025-04-04');
  });
  it('half term: the next break on or after sentAt', () => {
    expect(dayOf('We will agree the plan by half term.', d)).toBe('2025-05-23');
    expect(dayOf('We will review it before half term.', d)).toBe('2025-05-23');
    expect(dayOf('The group starts after half term.', d)).toBe('2025-06-02');
    expect(dayOf('We will test him when we come back after half term.', d)).toBe('2025-06-02');
  });
  it('next term, its start and its end', () => {
    expect(dayOf('Next term she will join the group.', d)).toBe('2025-04-22');
    expect(dayOf('Sessions start at the beginning of next term.', d)).toBe('2025-04-22');
    expect(dayOf('He will send a report by the end of next term.', d)).toBe('2025-07-22');
  });
  it('end of the school year and the summer holidays', () => {
    expect(dayOf('It will be in his passport before the end of the school year.', d)).toBe('2025-07-22');
    expect(dayOf('We will visit before the summer holidays.', d)).toBe('2025-07-22');
  });
  it('a named term: its start is the next one still ahead; alone it has no day', () => {
    expect(dayOf('The next review is at the start of the spring term.', d)).toBe('2026-01-05');
    expect(dayOf('The next review is at the start of the summer term.', d)).toBe('2025-04-22');
    expect(only('She will have sessions during the autumn term.', d)).toEqual(['during the autumn term', null]);
    expect(only('The spring term has been hard.', d)).toEqual(['The spring term', null]);
    expect(only('I know how hard this term has been.', d)).toEqual(['this term', null]);
  });
  it('after a named holiday: the start of the term that follows', () => {
    expect(dayOf('The group will restart after the Easter holidays.', d)).toBe('2025-04-22');
  });
  it('holidays themselves have no single day', () => {
    expect(only('The school is closed over the Easter holidays.', d)).toEqual(['over the Easter holidays', null]);
  });
  it('keeps a date and a term word in one sentence as two findings', () => {
    const found = dates('The next review will be on 3rd June, after half term.', d);
    expect(found.map((f) => [f.text, f.date])).toEqual([
      ['on 3rd June', '2025-06-03'],
      ['after half term', '2025-06-02'],
    ]);
  });
});

describe('during a holiday, the current term is the next to start', () => {
  it('Easter holidays (Thursday 10 April 2025)', () => {
    const d = '2025-04-10';
    expect(dayOf('We will review it at the end of term.', d)).toBe('2025-07-22');
    expect(dayOf('She will start next term.', d)).toBe('2025-09-03');
    expect(dayOf('We will agree it by half term.', d)).toBe('2025-05-23');
    expect(dayOf('We will agree it after half term.', d)).toBe('2025-06-02');
    expect(dayOf('I will call you on the first day back.', d)).toBe('2025-04-22');
  });
  it('summer holidays (Monday 11 August 2025): the school year ahead', () => {
    const d = '2025-08-11';
    expect(dayOf('We will review it at the end of term.', d)).toBe('2025-12-19');
    expect(dayOf('Next term she will join the group.', d)).toBe('2026-01-05');
    expect(dayOf('We will finish it by the end of the school year.', d)).toBe('2026-07-21');
  });
  it('half term itself (Wednesday 19 February 2025)', () => {
    const d = '2025-02-19';
    expect(dayOf('The group starts after half term.', d)).toBe('2025-02-24');
    expect(dayOf('The group starts by half term.', d)).toBe('2025-05-23');
    expect(dayOf('I will ring you on the first day back.', d)).toBe('2025-02-24');
  });
});

describe('without a calendar', () => {
  it('still finds term words, with no day', () => {
    const found = dates('We will review it before half term.', '2025-03-04', false);
    expect(found.map((f) => [f.text, f.date])).toEqual([['before half term', null]]);
  });
});
