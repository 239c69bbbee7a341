import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterDate, parseDateOnly } from '@/lib/import/letter/letter-date';

const LETTERHEAD = 'Brookfield Primary School\nMeadow Lane, Eastwick EW4 2PQ\n';
const BODY = '\n\nDear Mr and Mrs Ahmed,\n\nThank you for meeting us on 10 March 2026.\n\nYours sincerely,\nMs Turner';

const letter = (dateLine: string) => `${LETTERHEAD}${dateLine}${BODY}`;

describe('letterDate: the forms a letter writes its date in', () => {
  const cases: [string, string][] = [
    ['12 March 2026', '2026-03-12'],
    ['12th March 2026', '2026-03-12'],
    ['12 th March 2026', '2026-03-12'],
    ['1st April 2026', '2026-04-01'],
    ['Thursday 12 March 2026', '2026-03-12'],
    ['Thursday, 12th March 2026', '2026-03-12'],
    ['Thu 12 Mar 2026', '2026-03-12'],
    ['12 Mar 2026', '2026-03-12'],
    ['12 Sept 2025', '2025-09-12'],
    ['12 Sept. 2025', '2025-09-12'],
    ['12 MARCH 2026', '2026-03-12'],
    ['12 March, 2026', '2026-03-12'],
    ['12th of March 2026', '2026-03-12'],
    ['March 12, 2026', '2026-03-12'],
    ['March 12th 2026', '2026-03-12'],
    ['Date: 12/03/2026', '2026-03-12'],
    ['Date:12/03/2026', '2026-03-12'],
    ['Date 12.03.2026', '2026-03-12'],
    ['Dated: 12 March 2026', '2026-03-12'],
    ['Date of letter: 12 March 2026', '2026-03-12'],
    ['12/03/2026', '2026-03-12'],
    ['05/02/26', '2026-02-05'],
    ['5-2-2026', '2026-02-05'],
    ['2026-03-12', '2026-03-12'],
    ['   12 March 2026   ', '2026-03-12'],
    ['12 March 2026.', '2026-03-12'],
  ];
  for (const [line, iso] of cases) {
    it(`reads "${line.trim()}"`, () => {
      expect(letterDate(letter(line))).toEqual({ iso, line: line.trim() });
    });
  }

  it('reads a labelled date at the end of a reference line, and gives that part as the line', () => {
    expect(letterDate(letter('Our ref: SEND/2026/0412 Date: 05/02/2026'))).toEqual({ iso: '2026-02-05', line: 'Date: 05/02/2026' });
  });

  it('reads a date under a "Date:" label on the line above', () => {
    expect(letterDate(letter('Date:\n05/02/2026'))).toEqual({ iso: '2026-02-05', line: '05/02/2026' });
  });

  it('takes the first date line when there are two', () => {
    expect(letterDate(letter('12 March 2026\n13 March 2026'))?.iso).toBe('2026-03-12');
  });
});

describe('letterDate: dates that are not the letter’s', () => {
  const negatives: [string, string][] = [
    ['a date inside a sentence', letter('The meeting on 12 March 2026 went well.')],
    ['a date of birth', letter('Date of birth: 14/06/2017')],
    ['a DOB', letter('DOB: 14/06/2017')],
    ['a DOB without a colon', letter('DOB 14/06/2017')],
    ['a date of birth whose value is on the next line', letter('Date of birth:\n14/06/2017')],
    ['a DOB label alone above its value', letter('DOB\n14/06/2017')],
    ['a review date', letter('Review date: 12 March 2026')],
    ['a date of a meeting', letter('Date of meeting: 10 March 2026')],
    ['a date after the greeting', `${LETTERHEAD}\nDear Mr Ahmed,\n\n12 March 2026\n\nWe met today.`],
    ['a subject line with a date', letter('Re: review meeting, 10 March 2026')],
    ['a date that does not exist', letter('31 February 2026')],
    ['a day past 31', letter('32 March 2026')],
    ['a month number past 12 (dates are day first)', letter('03/13/2026')],
    ['a year far out of range', letter('12 March 1066')],
    ['a time, not a date', letter('10:15')],
    ['a month and year only', letter('March 2026')],
    ['no date at all', 'Dear Parent,\n\nWe will keep an eye on it.'],
    ['an empty text', ''],
  ];
  for (const [what, text] of negatives) {
    it(`is null for ${what}`, () => {
      expect(letterDate(text)).toBeNull();
    });
  }

  it('looks only at the top 40 lines', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the letterhead`);
    expect(letterDate([...lines, '12 March 2026'].join('\n'))).toBeNull();
    expect(letterDate([...lines.slice(1), '12 March 2026'].join('\n'))?.iso).toBe('2026-03-12');
  });
});

/** Each way a letter may write a day, as a function of its parts. */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const FORMATS: ((d: Date) => string)[] = [
  (d) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  (d) => `${ordinal(d.getUTCDate())} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  (d) => `${WEEKDAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  (d) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`,
  (d) => `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`,
];
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
const format = fc.integer({ min: 0, max: FORMATS.length - 1 });
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

describe('letterDate: any day, in any form', () => {
  it('reads a date line back to its day', () => {
    fc.assert(
      fc.property(day, format, (d, f) => {
        const line = FORMATS[f]!(d);
        expect(letterDate(letter(line))).toEqual({ iso: isoOf(d), line });
        expect(letterDate(letter(`Date: ${line}`))?.iso).toBe(isoOf(d));
      }),
      { numRuns: 100 },
    );
  });

  it('never reads a date inside a sentence or under a date of birth', () => {
    fc.assert(
      fc.property(day, format, fc.constantFrom('We met on %.', 'The plan was agreed on % and will be reviewed.', 'Date of birth: %', 'DOB: %', 'Next review: %'), (d, f, frame) => {
        expect(letterDate(letter(frame.replace('%', FORMATS[f]!(d))))).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseDateOnly', () => {
  it('is null for anything more than a date', () => {
    expect(parseDateOnly('12 March 2026')).toBe('2026-03-12');
    expect(parseDateOnly('12 March 2026 at 10am')).toBeNull();
    expect(parseDateOnly('on 12 March 2026')).toBeNull();
  });
});
