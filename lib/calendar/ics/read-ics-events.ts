// Reads the events of an iCalendar (.ics) file as the days each covers. ical.js does the RFC 5545
// parsing (line folding, escaping, durations, recurrence rules); this file only turns its times into
// UK calendar days and never lets a broken file throw.

import ICAL from 'ical.js';
import { addDays, makeDay, type IsoDay } from '@/lib/calendar/day';
import { ukWallClock, type WallClock } from '@/lib/calendar/ics/uk-time';

export interface IcsEvent {
  title: string;
  /** First and last calendar days the event covers, in UK time. */
  first: IsoDay;
  last: IsoDay;
  /** A timed event (a parents' evening), rather than one lasting whole days. */
  timed: boolean;
}

export type IcsRead =
  | { ok: true; name: string | null; events: IcsEvent[]; warnings: string[] }
  | { ok: false; error: string };

/** Far more than any school publishes in a year; stops a giant file tying up the page. */
const MOST_EVENTS = 20_000;
/** Repeats read of one repeating event ("INSET Day" every year, a weekly club), and how far ahead. */
const MOST_REPEATS = 200;
const REPEAT_YEARS = 6;
const MOST_REPEATS_IN_ALL = 5_000;

/**
 * The events of an .ics text. Repeating events are read out occurrence by occurrence when
 * `expand(title)` says they matter; otherwise only their first occurrence is kept.
 */
export function readIcsEvents(text: string, expand: (title: string) => boolean): IcsRead {
  const warnings: string[] = [];
  const calendars = parseCalendars(text, warnings);
  if (!calendars) return { ok: false, error: 'We could not read this calendar file. It may be damaged: try downloading it again.' };
  const vevents = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  if (vevents.length > MOST_EVENTS) {
    warnings.push(`This calendar has ${thousands(vevents.length)} events; we read the first ${thousands(MOST_EVENTS)}.`);
    vevents.length = MOST_EVENTS;
  }
  const series = seriesOf(vevents);
  const events: IcsEvent[] = [];
  const budget = { repeats: MOST_REPEATS_IN_ALL };
  let unreadable = 0;
  for (const vevent of vevents) {
    const read = safely(() => readVevent(vevent, series, expand, budget));
    if (read === undefined) unreadable++;
    else events.push(...read);
  }
  if (unreadable > 0) warnings.push(`We could not read ${unreadable === 1 ? 'one event' : `${unreadable} events`} in this file, so we left ${unreadable === 1 ? 'it' : 'them'} out.`);
  if (budget.repeats <= 0) warnings.push(`Some events repeat too often to read every time, so we read the first ${thousands(MOST_REPEATS_IN_ALL)} repeats.`);
  const name = calendars.map((c) => safely(() => c.getFirstPropertyValue('x-wr-calname'))).find((n) => typeof n === 'string' && n.trim());
  return { ok: true, name: typeof name === 'string' ? name.trim() : null, events, warnings };
}

/** The VCALENDARs in the text; a damaged file is read event by event, keeping the events that parse. */
function parseCalendars(text: string, warnings: string[]): ICAL.Component[] | null {
  const whole = safely(() => rootsOf(ICAL.parse(text)));
  if (whole) return whole;
  const salvaged: ICAL.Component[] = [];
  for (const block of veventBlocks(text)) {
    const roots = safely(() => rootsOf(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${block}\r\nEND:VCALENDAR\r\n`)));
    if (roots) salvaged.push(...roots);
  }
  if (salvaged.length === 0) return null;
  warnings.push('Part of this calendar file could not be read (it may be damaged or cut short), so some events may be missing.');
  return salvaged;
}

/** The BEGIN:VEVENT to END:VEVENT blocks of a text, found line by line (a regular expression took quadratic time on unclosed blocks). */
function veventBlocks(text: string): string[] {
  const blocks: string[] = [];
  let open: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const tag = line.trim().toUpperCase();
    if (tag === 'BEGIN:VEVENT') open = [line];
    else if (open) {
      open.push(line);
      if (tag === 'END:VEVENT') {
        blocks.push(open.join('\r\n'));
        open = null;
      }
    }
  }
  return blocks;
}

function rootsOf(jcal: unknown): ICAL.Component[] {
  // ICAL.parse gives one component, or a list of them when the text holds several.
  const list = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal];
  return list.map((j) => new ICAL.Component(j as unknown[])).filter((c) => c.name === 'vcalendar');
}

interface Series {
  /** UIDs of repeating events. */
  repeating: Set<string>;
  /** Changed occurrences (with a RECURRENCE-ID) by the UID of the event they change. */
  changes: Map<string, ICAL.Component[]>;
}

/**
 * Which events repeat and their changed occurrences, found in one pass: left to itself, ical.js
 * searches the whole calendar for each event's changes, which takes minutes on a large file.
 */
function seriesOf(vevents: ICAL.Component[]): Series {
  const series: Series = { repeating: new Set(), changes: new Map() };
  for (const v of vevents) {
    const uid = String(safely(() => v.getFirstPropertyValue('uid')) ?? '');
    if (safely(() => v.hasProperty('recurrence-id'))) series.changes.set(uid, [...(series.changes.get(uid) ?? []), v]);
    else if (safely(() => v.hasProperty('rrule') || v.hasProperty('rdate'))) series.repeating.add(uid);
  }
  return series;
}

function readVevent(vevent: ICAL.Component, series: Series, expand: (title: string) => boolean, budget: { repeats: number }): IcsEvent[] {
  if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return [];
  const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
  const changed = vevent.hasProperty('recurrence-id');
  // A changed occurrence of a repeating event is read with the event it belongs to.
  if (changed && series.repeating.has(uid)) return [];
  const event = new ICAL.Event(vevent, { strictExceptions: false, exceptions: changed ? [] : (series.changes.get(uid) ?? []) });
  const title = String(event.summary ?? '').trim();
  if (!event.isRecurring() || !expand(title)) return [eventDays(title, event.startDate, event.endDate)];

  const occurrences: IcsEvent[] = [];
  const iterator = event.iterator();
  const lastYear = event.startDate.year + REPEAT_YEARS;
  for (let n = 0; n < MOST_REPEATS && budget.repeats > 0; n++) {
    const next = iterator.next() as ICAL.Time | undefined;
    if (!next || next.year > lastYear) break;
    budget.repeats--;
    const details = event.getOccurrenceDetails(next);
    occurrences.push(eventDays(String(details.item.summary ?? title).trim(), details.startDate, details.endDate));
  }
  return occurrences;
}

/** The days an event covers. DTEND is exclusive: an all-day event ending on the 31st lasts until the 30th. */
function eventDays(title: string, start: ICAL.Time, end: ICAL.Time | null): IcsEvent {
  const from = wallClock(start);
  if (!from) throw new Error('unreadable start');
  const to = end ? wallClock(end) : null;
  // Some programs write an all-day event as midnight to midnight, or (in UTC) 23:00 to 23:00 in summer.
  const wholeDays = start.isDate || (from.seconds === 0 && to !== null && to.seconds === 0 && to.day > from.day);
  if (!to || to.day <= from.day) return { title, first: from.day, last: from.day, timed: !wholeDays };
  const last = to.seconds === 0 || wholeDays ? addDays(to.day, -1) : to.day;
  return { title, first: from.day, last: last < from.day ? from.day : last, timed: !wholeDays };
}

/**
 * The local day and time of an iCalendar time. Times with a TZID or none (floating) are already the
 * school's wall-clock time; UTC times are moved into UK time.
 */
function wallClock(time: ICAL.Time): WallClock | null {
  if (time.zone?.tzid === 'UTC' && !time.isDate) return ukWallClock(time.toUnixTime() * 1000);
  const day = makeDay(time.year, time.month, time.day);
  if (!day) return null;
  return { day, seconds: time.isDate ? 0 : time.hour * 3600 + time.minute * 60 + time.second };
}

/** "25,002": fixed rather than Intl, whose grouping differs between browsers. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
