// The fixtures are shaped like real school calendars; every expected date below was worked out by
// hand from the events in the file (DTEND is the day after an all-day event ends).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';
import { importIcsCalendar, type IcsImport } from '@/lib/calendar/ics/import-ics-calendar';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/calendars/${name}`, import.meta.url), 'utf8');
}

function imported(name: string): Extract<IcsImport, { ok: true }> {
  const result = importIcsCalendar(fixture(name));
  if (!result.ok) throw new Error(result.error);
  // Whatever the import makes must pass the same checks as a calendar typed in as JSON.
  expect(parseTermCalendar(JSON.stringify(result.calendar))).toEqual({ ok: true, calendar: result.calendar });
  return result;
}

const term = (name: string, start: string, end: string, halfTermStart: string, halfTermEnd: string) => ({ name, start, end, halfTermStart, halfTermEnd });

describe('importing a calendar of term start and end events (Outlook, CRLF, VTIMEZONE)', () => {
  const text = fixture('st-marys-boundaries-2026-27.ics');

  it('really is a folded CRLF file with a VTIMEZONE, so the test means something', () => {
    expect(text).toContain('\r\n ');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
  });

  it('finds each term between its start and end events, with the half-term week inside it', () => {
    const { calendar } = imported('st-marys-boundaries-2026-27.ics');
    expect(calendar.name).toBe("St Mary's C of E Primary School - Term Dates 2026-27");
    expect(calendar.terms).toEqual([
      // "Autumn Term Begins" Thu 3 Sep; ends with the timed "Last day of Autumn Term" at 13:30 on Fri 18 Dec
      // (the cancelled "Autumn Term Ends" on 17 Dec is left out); "Half Term" 26 Oct to DTEND 31 Oct.
      term('Autumn 2026', '2026-09-03', '2026-12-18', '2026-10-26', '2026-10-30'),
      term('Spring 2027', '2027-01-04', '2027-03-25', '2027-02-15', '2027-02-19'),
      term('Summer 2027', '2027-04-12', '2027-07-21', '2027-05-31', '2027-06-04'),
    ]);
  });

  it('lists INSET days and the bank holiday in term time as closures, but not half terms or holidays', () => {
    const { calendar } = imported('st-marys-boundaries-2026-27.ics');
    // INSET 1-2 Sep (just before term), INSET Mon 2 Nov (after half term), early May bank holiday,
    // staff training Mon 7 Jun (after half term, not part of it). Good Friday joins the Easter holiday.
    expect(calendar.closures).toEqual(['2026-09-01', '2026-09-02', '2026-11-02', '2027-05-03', '2027-06-07']);
  });

  it('says which events it skipped', () => {
    expect(imported('st-marys-boundaries-2026-27.ics').warnings).toEqual([
      'We skipped 5 events that are not term dates, such as “Harvest Festival”, “Football Club (Years 3-6)” and “Parents\' Evening”.',
    ]);
  });

  it('uses the name the parent gives in place of the file’s own', () => {
    const result = importIcsCalendar(text, '  Amelia’s school  ');
    expect(result.ok && result.calendar.name).toBe('Amelia’s school');
  });
});

describe('importing a calendar of whole-term events (Google Calendar)', () => {
  it('takes each term from its event, and half terms from the holiday events inside', () => {
    const { calendar } = imported('oakfield-whole-terms-2025-26.ics');
    expect(calendar.name).toBe('Oakfield Academy Term Dates');
    expect(calendar.terms).toEqual([
      term('Autumn 2025', '2025-09-03', '2025-12-19', '2025-10-27', '2025-10-31'),
      // No February half term in the file: the typical week, the one with the third Monday.
      term('Spring 2026', '2026-01-05', '2026-03-27', '2026-02-16', '2026-02-20'),
      // "May Half Term" has DTEND 29 May, so it reads as Monday to Thursday; taken to run to Friday.
      term('Summer 2026', '2026-04-13', '2026-07-21', '2026-05-25', '2026-05-29'),
    ]);
  });

  it('expands the yearly INSET day, keeping the one next to a term', () => {
    // 2 Sep 2025 is the day before autumn starts; 2 Sep 2026 is after the last term in the file.
    expect(imported('oakfield-whole-terms-2025-26.ics').calendar.closures).toEqual(['2025-09-02', '2026-02-13', '2026-05-04']);
  });

  it('warns about what it guessed', () => {
    expect(imported('oakfield-whole-terms-2025-26.ics').warnings).toEqual([
      'We skipped 3 events that are not term dates, such as “Open Evening for Year 6 families”, “Homework Club” and “Year 10 Mock Exams”.',
      'The half term from 25 to 28 May 2026 seemed to stop on a Thursday, so we took it to include Friday 29 May 2026. Please check this.',
      "We could not find the half term in Spring 2026, so we guessed 16 to 20 February 2026. Please check it against the school's dates.",
    ]);
  });
});

describe('importing a calendar of holidays only (a local authority list, UTC times, LF line endings)', () => {
  it('is LF and UTC, so the test means something', () => {
    const text = fixture('county-holidays-only-2025-26.ics');
    expect(text).not.toContain('\r');
    expect(text).toContain('DTSTART:20250722T230000Z');
  });

  it('takes the terms to be the school days between the long holidays', () => {
    const { calendar, warnings } = imported('county-holidays-only-2025-26.ics');
    expect(calendar.terms).toEqual([
      // Summer holidays end at 23:00 UTC on 2 Sep = midnight in London, so the last holiday day is 2 Sep.
      term('Autumn 2025', '2025-09-03', '2025-12-19', '2025-10-27', '2025-10-31'),
      // Christmas: 20 Dec to midnight 5 Jan GMT; February half term 16 to 20 Feb.
      term('Spring 2026', '2026-01-05', '2026-03-27', '2026-02-16', '2026-02-20'),
      // Easter: 23:00 UTC 29 Mar = midnight 30 Mar BST, to midnight 11 Apr BST; summer holidays from 22 Jul.
      term('Summer 2026', '2026-04-13', '2026-07-21', '2026-05-25', '2026-05-29'),
    ]);
    expect(calendar.closures).toEqual(['2026-05-04']);
    expect(warnings).toEqual([]);
  });
});

describe('importing a secondary school calendar of half-term blocks (Autumn 1, Autumn 2, ...)', () => {
  it('joins the two halves of each term, with the week between them as half term', () => {
    const { calendar, warnings } = imported('northgate-half-terms-2026-27.ics');
    expect(calendar.terms).toEqual([
      // Autumn 1 from midnight 2 Sep to midnight 24 Oct; Autumn 2 from 2 Nov to midnight 19 Dec.
      term('Autumn 2026', '2026-09-02', '2026-12-18', '2026-10-26', '2026-10-30'),
      term('Spring 2027', '2027-01-05', '2027-03-25', '2027-02-15', '2027-02-19'),
      term('Summer 2027', '2027-04-12', '2027-07-20', '2027-05-31', '2027-06-04'),
    ]);
    expect(calendar.closures).toEqual(['2027-01-04']);
    // "Term starts for Year 7" and "All students return" fall inside Autumn 1, so they need no warning.
    expect(warnings).toEqual(['We skipped 2 events that are not term dates, such as “Open Evening” and “Year 11 after-school revision”.']);
  });
});
