import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importIcsCalendar } from '@/lib/calendar/ics/import-ics-calendar';
import { icsText } from './ics-text';

const term = (name: string, start: string, end: string, halfTermStart: string, halfTermEnd: string) => ({ name, start, end, halfTermStart, halfTermEnd });

function ok(text: string) {
  const result = importIcsCalendar(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function error(text: string): string {
  const result = importIcsCalendar(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

describe('importing term dates from an .ics file', () => {
  it('takes a term end from a timed event, and guesses a half term the file leaves out', () => {
    const result = ok(
      icsText([
        { summary: 'Autumn Term Begins', start: '20260903' },
        { summary: 'Last day of term - school closes at 1.30pm', start: ';TZID=Europe/London:20261218T133000', end: ';TZID=Europe/London:20261218T140000' },
      ]),
    );
    expect(result.calendar).toEqual({
      name: 'School term dates',
      terms: [term('Autumn 2026', '2026-09-03', '2026-12-18', '2026-10-26', '2026-10-30')],
      closures: [],
    });
    expect(result.warnings).toEqual([
      "We could not find the half term in Autumn 2026, so we guessed 26 to 30 October 2026. Please check it against the school's dates.",
    ]);
  });

  it('starts a term after the holiday before its end event when there is no start event', () => {
    const result = ok(
      icsText([
        { summary: 'Christmas Holidays', start: '20261219', end: '20270104' },
        { summary: 'February half term', start: '20270215', end: '20270220' },
        { summary: 'Spring Term Ends', start: '20270325' },
      ]),
    );
    // Christmas holidays' last weekday is Fri 1 Jan, so the term starts Mon 4 Jan.
    expect(result.calendar.terms).toEqual([term('Spring 2027', '2027-01-04', '2027-03-25', '2027-02-15', '2027-02-19')]);
  });

  it('reads a midnight-to-midnight timed half term as whole days', () => {
    const result = ok(
      icsText([
        { summary: 'Summer holidays', start: '20260722', end: '20260902' },
        { summary: 'Half term', start: '20261026T000000', end: '20261031T000000' },
        { summary: 'Christmas holidays', start: '20261221', end: '20270102' },
      ]),
    );
    expect(result.calendar.terms).toEqual([term('Autumn 2026', '2026-09-02', '2026-12-18', '2026-10-26', '2026-10-30')]);
  });

  it('does not let a timed event close the school', () => {
    const result = ok(
      icsText([
        { summary: 'Autumn Term', start: '20260902', end: '20261219' },
        { summary: 'Half Term', start: '20261026', end: '20261031' },
        { summary: 'Staff training (twilight) - INSET', start: '20261110T153000', end: '20261110T170000' },
      ]),
    );
    expect(result.calendar.closures).toEqual([]);
    expect(result.warnings).toEqual(['We skipped one event that is not term dates, such as “Staff training (twilight) - INSET”.']);
  });

  it('takes the usual last day for a term that has a start event but no end, and says so', () => {
    const result = ok(
      icsText([
        { summary: 'Autumn Term', start: '20260902', end: '20261219' },
        { summary: 'Half Term', start: '20261026', end: '20261031' },
        { summary: 'Term starts', start: '20270104' },
      ]),
    );
    // Easter 2027 is 28 March: the typical spring term ends on Maundy Thursday, 25 March.
    expect(result.calendar.terms).toEqual([
      term('Autumn 2026', '2026-09-02', '2026-12-18', '2026-10-26', '2026-10-30'),
      term('Spring 2027', '2027-01-04', '2027-03-25', '2027-02-15', '2027-02-19'),
    ]);
    expect(result.warnings).toEqual([
      "The calendar does not say when Spring 2027 ends, so we took the usual day, 25 March 2027. Please check it against the school's dates.",
      "We could not find the half term in Spring 2027, so we guessed 15 to 19 February 2027. Please check it against the school's dates.",
    ]);
  });

  it('says which term it could not place when a start makes no sense', () => {
    const result = ok(
      icsText([
        { summary: 'Autumn Term', start: '20260902', end: '20261219' },
        { summary: 'Half Term', start: '20261026', end: '20261031' },
        // In the summer holiday, after the usual end of the summer term: no end can be guessed.
        { summary: 'Term starts', start: '20270802' },
      ]),
    );
    expect(result.calendar.terms.map((t) => t.name)).toEqual(['Autumn 2026']);
    expect(result.warnings).toEqual(['The calendar says a term starts on 2 August 2027 but not when it ends, so we left that term out.']);
  });

  it('finds the first and last terms of a holiday list that has no summer holidays, guessing their outer edges', () => {
    const result = ok(
      icsText([
        { summary: 'October Half Term', start: '20261026', end: '20261031' },
        { summary: 'Christmas Holidays', start: '20261221', end: '20270102' },
        { summary: 'February Half Term', start: '20270215', end: '20270220' },
        { summary: 'Good Friday', start: '20270326' },
        { summary: 'Easter Holidays', start: '20270329', end: '20270410' },
        { summary: 'May Half Term', start: '20270531', end: '20270605' },
      ]),
    );
    expect(result.calendar.terms).toEqual([
      term('Autumn 2026', '2026-09-02', '2026-12-18', '2026-10-26', '2026-10-30'),
      // Good Friday joins the Easter holidays, so spring ends on Thursday 25 March.
      term('Spring 2027', '2027-01-04', '2027-03-25', '2027-02-15', '2027-02-19'),
      term('Summer 2027', '2027-04-12', '2027-07-21', '2027-05-31', '2027-06-04'),
    ]);
    expect(result.warnings).toEqual([
      "The calendar does not say when Autumn 2026 starts, so we took the usual day, 2 September 2026. Please check it against the school's dates.",
      "The calendar does not say when Summer 2027 ends, so we took the usual day, 21 July 2027. Please check it against the school's dates.",
    ]);
  });

  it('keeps the whole year when the file holds several calendars', () => {
    const first = icsText([{ summary: 'Autumn Term', start: '20260902', end: '20261219' }], ['X-WR-CALNAME:Autumn']);
    const second = icsText([{ summary: 'Spring Term', start: '20270104', end: '20270326' }]);
    const result = ok(first + second);
    expect(result.calendar.name).toBe('Autumn');
    expect(result.calendar.terms.map((t) => `${t.name} ${t.start} ${t.end}`)).toEqual(['Autumn 2026 2026-09-02 2026-12-18', 'Spring 2027 2027-01-04 2027-03-25']);
  });

  it('reads a file that starts with a byte order mark or uses bare CR line endings', () => {
    const text = icsText([{ summary: 'Autumn Term', start: '20260902', end: '20261219' }]);
    expect(ok(`\uFEFF${text}`).calendar.terms).toHaveLength(1);
    expect(ok(text.replace(/\r\n/g, '\r')).calendar.terms).toHaveLength(1);
  });

  it('leaves out an event it cannot read and says so', () => {
    const result = ok(
      icsText([
        { summary: 'Autumn Term', start: '20260902', end: '20261219' },
        { summary: 'Half Term', start: '2026BADDATE' },
      ]),
    );
    expect(result.warnings).toContain('We could not read one event in this file, so we left it out.');
  });

  it('reads what it can of a file that is cut short', () => {
    const full = readFileSync(new URL('../../../fixtures/calendars/st-marys-boundaries-2026-27.ics', import.meta.url), 'utf8');
    // Cut in the middle of the event after "Spring Term Starts".
    const cut = full.slice(0, full.indexOf('UID:stmarys-2027-feb-half-term') + 20);
    const result = ok(cut);
    expect(result.calendar.terms).toEqual([
      term('Autumn 2026', '2026-09-03', '2026-12-18', '2026-10-26', '2026-10-30'),
      // Only "Spring Term Starts" survives of the spring events: the rest is the typical pattern.
      term('Spring 2027', '2027-01-04', '2027-03-25', '2027-02-15', '2027-02-19'),
    ]);
    expect(result.warnings).toEqual([
      'Part of this calendar file could not be read (it may be damaged or cut short), so some events may be missing.',
      'We skipped 4 events that are not term dates, such as “Harvest Festival”, “Football Club (Years 3-6)” and “Parents\' Evening”.',
      "The calendar does not say when Spring 2027 ends, so we took the usual day, 25 March 2027. Please check it against the school's dates.",
      "We could not find the half term in Spring 2027, so we guessed 15 to 19 February 2027. Please check it against the school's dates.",
    ]);
  });

  it('passes on the problems the hand-editing check would show', () => {
    // A typing slip at the school: the autumn term event runs to 29 January, 21 weeks and 3 days.
    const result = ok(
      icsText([
        { summary: 'Autumn Term', start: '20260902', end: '20270130' },
        { summary: 'Half Term', start: '20261026', end: '20261031' },
      ]),
    );
    expect(result.calendar.terms).toEqual([term('Autumn 2026', '2026-09-02', '2027-01-29', '2026-10-26', '2026-10-30')]);
    expect(result.warnings).toEqual(['Autumn 2026 is about 22 weeks long. A term is rarely more than 16 weeks, so please check its dates.']);
  });
});

describe('refusing files that hold no term dates, in plain words', () => {
  it.each([
    ['an empty file', ''],
    ['a JSON calendar', '{"terms":[]}'],
    ['a contact card', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mrs Patel\r\nEND:VCARD\r\n'],
    ['a web page', '<!DOCTYPE html><html><body>Term dates</body></html>'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD'],
  ])('%s is not a calendar', (_name, text) => {
    expect(error(text)).toBe('This file is not a calendar (.ics) file.');
  });

  it('a calendar with no events', () => {
    expect(error('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toBe('We found no term dates in this calendar: it has no events in it.');
  });

  it('a calendar of parents’ evenings and clubs', () => {
    const text = icsText([
      { summary: "Parents' Evening", start: '20261020T153000', end: '20261020T190000' },
      { summary: 'Sports Day', start: '20270707' },
    ]);
    expect(error(text)).toBe('We found no term dates in this calendar: none of its 2 events says when a term starts or ends, or when the school holidays are.');
    expect(error(icsText([{ summary: 'Sports Day', start: '20270707' }]))).toBe(
      'We found no term dates in this calendar: its only event does not say when a term starts or ends, or when the school holidays are.',
    );
  });

  it('a calendar with holidays but not enough to find a term', () => {
    const text = icsText([
      { summary: 'Christmas Holidays', start: '20261219', end: '20270104' },
      { summary: 'Early May Bank Holiday', start: '20270503' },
    ]);
    expect(error(text)).toBe(
      'We found no term dates in this calendar: it mentions some term dates or holidays, but not enough to tell when each term starts and ends.',
    );
  });

  it('a calendar file too damaged to read', () => {
    expect(error('BEGIN:VCALENDAR\r\nthis is not a calendar line\r\n')).toBe('We could not read this calendar file. It may be damaged: try downloading it again.');
  });

  it('a file far too big to be term dates', () => {
    expect(error(`BEGIN:VCALENDAR\r\n${'X'.repeat(10_000_001)}`)).toBe('This file is too big to be a school calendar (it is over 10 MB).');
  });
});
