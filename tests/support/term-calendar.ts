// The example term calendar of shared/spec/term-calendar.md (2024–2027), vendored in
// tests/fixtures/calendars/ so that unit tests stand alone in a clone without ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTermCalendar } from '../../lib/calendar/parse-term-calendar';
import type { TermCalendar } from '../../lib/calendar/term-calendar';

export const EXAMPLE_TERM_CALENDAR_PATH = join(import.meta.dirname, '..', 'fixtures', 'calendars', 'example-term-calendar.json');

/** The file's text, for tests of the parser itself. */
export const EXAMPLE_TERM_CALENDAR_JSON = readFileSync(EXAMPLE_TERM_CALENDAR_PATH, 'utf8');

const parsed = parseTermCalendar(EXAMPLE_TERM_CALENDAR_JSON);
if (!parsed.ok) throw new Error(`the vendored term calendar does not parse: ${parsed.error}`);
export const EXAMPLE_TERM_CALENDAR: TermCalendar = parsed.calendar;
