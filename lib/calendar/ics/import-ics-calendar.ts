// Imports a school's published term dates from an iCalendar (.ics) file. Whatever the file holds,
// the answer is a calendar with warnings about what was skipped or guessed, or one plain sentence
// saying why there is none: never an exception, since the file comes from anywhere.

import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { checkCalendar } from '@/lib/calendar/calendar-check';
import { deriveTerms, type MeantEvent } from '@/lib/calendar/ics/derive-terms';
import { meaningOf } from '@/lib/calendar/ics/event-meaning';
import { readIcsEvents, type IcsEvent } from '@/lib/calendar/ics/read-ics-events';

export type IcsImport = { ok: true; calendar: TermCalendar; warnings: string[] } | { ok: false; error: string };

/** School calendars are a few kilobytes; ten megabytes is years of a busy school's events. */
const LARGEST_FILE_CHARS = 10_000_000;
const DEFAULT_NAME = 'School term dates';
const NOT_A_CALENDAR = 'This file is not a calendar (.ics) file.';
const UNREADABLE = 'We could not read this calendar file. It may be damaged: try downloading it again.';

export function importIcsCalendar(text: string, name?: string): IcsImport {
  try {
    return importText(text, name);
  } catch {
    return { ok: false, error: UNREADABLE };
  }
}

function importText(text: string, name?: string): IcsImport {
  if (typeof text !== 'string') return { ok: false, error: NOT_A_CALENDAR };
  if (text.length > LARGEST_FILE_CHARS) return { ok: false, error: 'This file is too big to be a school calendar (it is over 10 MB).' };
  const body = text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n').trimStart();
  if (!/^BEGIN:VCALENDAR\b/i.test(body)) return { ok: false, error: NOT_A_CALENDAR };

  const read = readIcsEvents(body, (title) => meaningOf(title) !== null);
  if (!read.ok) return read;
  if (read.events.length === 0) return { ok: false, error: 'We found no term dates in this calendar: it has no events in it.' };

  const meant: MeantEvent[] = [];
  const skipped: IcsEvent[] = [];
  for (const event of read.events) {
    const meaning = meaningOf(event.title);
    // A timed event can say when a term starts or ends ("School closes at 1.30pm"), but never closes a whole day.
    if (meaning && (!event.timed || meaning.termStart || meaning.termEnd)) meant.push({ event, meaning });
    else skipped.push(event);
  }
  if (meant.length === 0) {
    return {
      ok: false,
      error: `We found no term dates in this calendar: ${read.events.length === 1 ? 'its only event does not say' : `none of its ${read.events.length} events says`} when a term starts or ends, or when the school holidays are.`,
    };
  }
  const derived = deriveTerms(meant);
  if (derived.terms.length === 0) {
    return {
      ok: false,
      error: 'We found no term dates in this calendar: it mentions some term dates or holidays, but not enough to tell when each term starts and ends.',
    };
  }
  const calendar: TermCalendar = {
    name: name?.trim() || read.name || DEFAULT_NAME,
    terms: derived.terms,
    closures: derived.closures,
  };
  const warnings = [...read.warnings, ...skippedWarning(skipped), ...derived.warnings, ...checkCalendar(calendar)];
  return { ok: true, calendar, warnings: [...new Set(warnings)] };
}

/**
 * "We skipped 12 events that are not term dates, such as “Parents' Evening” and “Sports Day”."
 * Counted by title, so a weekly club is one event however many weeks it runs.
 */
function skippedWarning(skipped: IcsEvent[]): string[] {
  if (skipped.length === 0) return [];
  const titles = [...new Set(skipped.map((e) => e.title))];
  const quoted = titles.filter(Boolean).slice(0, 3).map((t) => `“${t.length > 60 ? `${t.slice(0, 57)}...` : t}”`);
  const examples = quoted.length === 0 ? '' : `, such as ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`}`;
  const count = titles.length === 1 ? 'one event' : `${titles.length} events`;
  return [`We skipped ${count} that ${titles.length === 1 ? 'is' : 'are'} not term dates${examples}.`];
}
