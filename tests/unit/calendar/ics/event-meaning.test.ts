import { describe, expect, it } from 'vitest';
import { meaningOf, type EventMeaning } from '@/lib/calendar/ics/event-meaning';

function kind(title: string): string {
  const m: EventMeaning | null = meaningOf(title);
  if (!m) return 'nothing';
  const kinds = [
    m.termStart && 'start',
    m.termEnd && 'end',
    m.termSpan && 'span',
    m.holiday && `holiday:${m.holiday}`,
    m.closure && 'closure',
  ].filter(Boolean);
  return `${kinds.join('+')}${m.season ? ` (${m.season})` : ''}`;
}

describe('what an event title says about term dates', () => {
  it.each([
    ['Autumn Term Begins', 'start (autumn)'],
    ['Start of Autumn Term', 'start (autumn)'],
    ['Term starts', 'start'],
    ['First day of term', 'start'],
    ['Pupils return', 'start'],
    ['All students return', 'start'],
    ['Term starts for Year 7 and Year 12', 'start'],
    ['Spring 2 begins', 'start (spring)'],
    ['Autumn Term Ends', 'end (autumn)'],
    ['End of Term', 'end'],
    ['Last day of Autumn Term - school closes at 1.30pm, no after-school clubs', 'end (autumn)'],
    ['School breaks up for Christmas', 'end'],
    ['Christmas holidays - school closes at 2pm', 'end'],
    ['Autumn 1 ends', 'end (autumn)'],
    ['Autumn Term', 'span (autumn)'],
    ['Autumn Term 2026', 'span (autumn)'],
    ['Autumn 2', 'span (autumn)'],
    ['Term 3', 'span'],
    ['The Summer Term', 'span (summer)'],
    ['Half Term', 'holiday:half-term'],
    ['October half-term', 'holiday:half-term'],
    ['Christmas Holidays', 'holiday:long'],
    ['Easter Holiday', 'holiday:long'],
    ['Summer holidays', 'holiday:long'],
    ['Bank Holiday', 'holiday:other'],
    ['Good Friday (Bank Holiday)', 'holiday:other'],
    ["New Year's Day", 'holiday:other'],
    ['Spring Bank Holiday', 'holiday:other (spring)'],
    ['INSET Day', 'closure'],
    ['Staff Training Day - school closed to pupils', 'closure'],
    ['Occasional day', 'closure'],
    ['School closed - polling station', 'closure'],
  ])('“%s” is %s', (title, expected) => {
    expect(kind(title)).toBe(expected);
  });

  it.each([
    "Parents' Evening",
    'Sports Day',
    'Summer Fair',
    'Harvest Festival',
    'Christmas Jumper Day',
    'Summer term exams start',
    'Year 10 Mock Exams',
    'Football Club (Years 3-6)',
    'Autumn term parents evening',
    'Half term begins', // a marker of the break, not of a term
    'Return after half term',
    'Summer holidays begin',
    'End of autumn term and start of spring term',
    '',
    '   ',
  ])('“%s” says nothing about term dates', (title) => {
    expect(meaningOf(title)).toBeNull();
  });
});
