import { describe, expect, it } from 'vitest';
import { readIcsEvents, type IcsEvent } from '@/lib/calendar/ics/read-ics-events';
import { icsText } from './ics-text';

function events(text: string, expand = true): IcsEvent[] {
  const read = readIcsEvents(text, () => expand);
  if (!read.ok) throw new Error(read.error);
  return read.events;
}

const days = (list: IcsEvent[]) => list.map((e) => `${e.title}: ${e.first}..${e.last}${e.timed ? ' timed' : ''}`);

describe('reading the days of .ics events', () => {
  it('treats DTEND as exclusive for all-day events, and a missing DTEND as one day', () => {
    expect(days(events(icsText([
      { summary: 'Half Term', start: '20261026', end: '20261031' },
      { summary: 'INSET Day', start: '20261102' },
      { summary: 'Broken', start: '20261103', end: '20261103' },
    ])))).toEqual(['Half Term: 2026-10-26..2026-10-30', 'INSET Day: 2026-11-02..2026-11-02', 'Broken: 2026-11-03..2026-11-03']);
  });

  it('reads DURATION in place of DTEND', () => {
    expect(days(events(icsText([{ summary: 'Half Term', start: '20261026', extra: ['DURATION:P5D'] }])))).toEqual(['Half Term: 2026-10-26..2026-10-30']);
  });

  it('keeps the wall-clock day of TZID and floating times, and moves UTC ones into UK time', () => {
    expect(days(events(icsText([
      { summary: 'TZID', start: ';TZID=Europe/London:20261020T233000', end: ';TZID=Europe/London:20261020T234500' },
      { summary: 'Floating', start: '20261020T233000' },
      { summary: 'UTC summer', start: '20261020T233000Z' },
      { summary: 'UTC winter', start: '20261120T233000Z' },
    ])))).toEqual([
      'TZID: 2026-10-20..2026-10-20 timed',
      'Floating: 2026-10-20..2026-10-20 timed',
      'UTC summer: 2026-10-21..2026-10-21 timed',
      'UTC winter: 2026-11-20..2026-11-20 timed',
    ]);
  });

  it('expands repeats, leaving out EXDATEs and moving changed occurrences', () => {
    const text = icsText([
      {
        summary: 'INSET Day',
        start: '20260901',
        extra: ['RRULE:FREQ=YEARLY;COUNT=4', 'EXDATE;VALUE=DATE:20270901'],
      },
    ]).replace(
      'END:VCALENDAR',
      ['BEGIN:VEVENT', 'UID:test-0', 'RECURRENCE-ID;VALUE=DATE:20280901', 'SUMMARY:INSET Day', 'DTSTART;VALUE=DATE:20280904', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
    );
    expect(days(events(text))).toEqual(['INSET Day: 2026-09-01..2026-09-01', 'INSET Day: 2028-09-04..2028-09-04', 'INSET Day: 2029-09-01..2029-09-01']);
  });

  it('keeps only the first occurrence of repeats that do not matter', () => {
    const text = icsText([{ summary: 'Football Club', start: '20260908T151500', end: '20260908T161500', extra: ['RRULE:FREQ=WEEKLY'] }]);
    expect(days(events(text, false))).toEqual(['Football Club: 2026-09-08..2026-09-08 timed']);
  });

  it('stops an endless repeat after a few years', () => {
    const text = icsText([{ summary: 'INSET Day', start: '20260907', extra: ['RRULE:FREQ=WEEKLY'] }]);
    const list = events(text);
    expect(list.length).toBe(200);
    expect(list[list.length - 1]!.first < '2033-01-01').toBe(true);
  });

  it('leaves out cancelled events', () => {
    expect(events(icsText([{ summary: 'Autumn Term Ends', start: '20261217', extra: ['STATUS:CANCELLED'] }]))).toEqual([]);
  });
});
