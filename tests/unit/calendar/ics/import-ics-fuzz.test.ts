// Whatever a parent picks in the file chooser, the import answers in words and never throws.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekend } from '@/lib/calendar/day';
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';
import { importIcsCalendar, type IcsImport } from '@/lib/calendar/ics/import-ics-calendar';
import { hostileInputs } from '../../analysis/hostile-inputs';
import { icsText, type TestEvent } from './ics-text';

const FIXTURES = ['st-marys-boundaries-2026-27.ics', 'oakfield-whole-terms-2025-26.ics', 'county-holidays-only-2025-26.ics', 'northgate-half-terms-2026-27.ics'];
const fixtures = FIXTURES.map((name) => readFileSync(new URL(`../../../fixtures/calendars/${name}`, import.meta.url), 'utf8'));

/** A sound answer: an error sentence, or a calendar that passes the JSON format's own checks. */
function expectSound(result: IcsImport): void {
  if (!result.ok) {
    expect(result.error).toMatch(/^[A-Z].*\.$/);
    return;
  }
  expect(parseTermCalendar(JSON.stringify(result.calendar))).toEqual({ ok: true, calendar: result.calendar });
  result.calendar.terms.forEach((t, i, terms) => {
    expect(t.name).toMatch(/^(Autumn|Spring|Summer) \d{4}$/);
    expect(isWeekend(t.start) || isWeekend(t.end)).toBe(false);
    if (i > 0) expect(terms[i - 1]!.end < t.start).toBe(true);
  });
  for (const w of result.warnings) expect(w).toMatch(/^[A-Z].*\.$/);
}

const SUMMARIES = ['Autumn Term Begins', 'Term ends', 'Half Term', 'Christmas Holidays', 'Easter holidays', 'Summer holidays', 'INSET Day', 'Autumn 1', 'Spring Term', 'Bank Holiday', "Parents' Evening", 'Pupils return', 'End of term'];
const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true });
const compact = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const eventArb: fc.Arbitrary<TestEvent> = fc
  .record({
    summary: fc.constantFrom(...SUMMARIES),
    start: day,
    length: fc.integer({ min: 0, max: 140 }),
    shape: fc.constantFrom('date', 'floating', 'utc', 'tzid', 'none'),
  })
  .map(({ summary, start, length, shape }) => {
    const end = new Date(start.getTime() + length * 86_400_000);
    if (shape === 'date') return { summary, start: compact(start), end: compact(end) };
    if (shape === 'none') return { summary, start: compact(start) };
    const suffix = shape === 'utc' ? 'T230000Z' : 'T000000';
    const tz = shape === 'tzid' ? ';TZID=Europe/London:' : '';
    return { summary, start: `${tz}${compact(start)}${suffix}`, end: `${tz}${compact(end)}${suffix}` };
  });

describe('the .ics import on hostile input', () => {
  it('answers any text without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => expectSound(importIcsCalendar(text))), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (text) => expectSound(importIcsCalendar(`BEGIN:VCALENDAR\r\n${text}`))), { numRuns: 300 });
  });

  it('answers random mixes of term events soundly', () => {
    fc.assert(fc.property(fc.array(eventArb, { maxLength: 30 }), (events) => expectSound(importIcsCalendar(icsText(events)))), { numRuns: 1000 });
  });

  it('answers every fixture cut short, or with a line lost or doubled, soundly', () => {
    const mangled = fc
      .record({ index: fc.nat(FIXTURES.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), how: fc.constantFrom('cut', 'drop', 'double') })
      .map(({ index, at, how }) => {
        const text = fixtures[index]!;
        if (how === 'cut') return text.slice(0, Math.floor(text.length * at));
        const lines = text.split('\n');
        const i = Math.floor((lines.length - 1) * at);
        if (how === 'drop') lines.splice(i, 1);
        else lines.splice(i, 0, lines[i]!);
        return lines.join('\n');
      });
    fc.assert(fc.property(mangled, (text) => expectSound(importIcsCalendar(text))), { numRuns: 400 });
  });

  it.each(Object.entries(hostileInputs(50_000)))('answers %s inside a calendar quickly', (_name, junk) => {
    const started = performance.now();
    expectSound(importIcsCalendar(`BEGIN:VCALENDAR\r\n${junk}\r\nEND:VCALENDAR\r\n`));
    expectSound(importIcsCalendar(junk));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['unclosed events', `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\n'.repeat(300_000)}`],
    ['deeply nested components', `BEGIN:VCALENDAR\r\n${'BEGIN:X-A\r\n'.repeat(50_000)}${'END:X-A\r\n'.repeat(50_000)}END:VCALENDAR\r\n`],
    ['one enormous line', `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:${'Half term '.repeat(500_000)}\r\nDTSTART;VALUE=DATE:20261026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`],
  ])('answers %s in linear time', (_name, text) => {
    const started = performance.now();
    expectSound(importIcsCalendar(text));
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('reads a huge calendar, the first 20,000 events of it, in a few seconds', () => {
    const events: TestEvent[] = [
      { summary: 'Autumn Term', start: '20260902', end: '20261219' },
      { summary: 'Half Term', start: '20261026', end: '20261031' },
    ];
    for (let i = 0; i < 25_000; i++) events.push({ summary: `Club ${i}`, start: `20261${(i % 2) + 1}0${(i % 9) + 1}T150000` });
    const started = performance.now();
    const result = importIcsCalendar(icsText(events));
    expect(performance.now() - started).toBeLessThan(10_000);
    expectSound(result);
    expect(result.ok && result.warnings[0]).toBe('This calendar has 25,002 events; we read the first 20,000.');
  });
});
