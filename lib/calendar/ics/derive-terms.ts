// Term dates from what a school's calendar says, whichever way the school wrote it:
// - boundary events: "Autumn Term Begins" ... "Autumn Term Ends", with half terms as holiday events;
// - whole-term events: "Autumn Term" from the first day to the last (or "Autumn 1", "Autumn 2");
// - holidays only: a term is then the school days between two long holidays.
// Half term is the short holiday inside a term; INSET days and bank holidays in term time are closures.

import { addDays, daysBetween, isWeekend, type IsoDay } from '@/lib/calendar/day';
import type { Term } from '@/lib/calendar/term-calendar';
import { firstWeekdayAfter, lastWeekdayBefore, type Season } from '@/lib/calendar/term-dates';
import { typicalTermAround } from '@/lib/calendar/default-calendar';
import { dayRange, longDay } from '@/lib/calendar/day-words';
import type { EventMeaning } from '@/lib/calendar/ics/event-meaning';
import { guessedHalfTerm, halfTermOf } from '@/lib/calendar/ics/find-half-term';
import { nameTerms } from '@/lib/calendar/ics/name-terms';
import type { IcsEvent } from '@/lib/calendar/ics/read-ics-events';
import type { Holiday, Span } from '@/lib/calendar/ics/term-pieces';
import { weekdayRuns, weekdaysIn, type WeekdayRun } from '@/lib/calendar/ics/weekday-runs';

export interface MeantEvent {
  event: IcsEvent;
  meaning: EventMeaning;
}

export interface DerivedTerms {
  terms: Term[];
  closures: IsoDay[];
  warnings: string[];
}

type HolidayKind = NonNullable<EventMeaning['holiday']>;

/** A break of this many weekdays or more separates terms even when no event names it. */
const LONG_BREAK_WEEKDAYS = 8;
/** Half terms are a week, now and then two; anything longer splits terms whatever it is called. */
const LONGEST_HALF_TERM_WEEKDAYS = 10;
/** A whole-term event lasts at least this long; a shorter "Summer Term" event marks a day. */
const SHORTEST_SPAN_DAYS = 14;
/** Two starts (Year 7, then everyone) or two ends this close together are one boundary. */
const SAME_BOUNDARY_DAYS = 7;
/** Longer than any real term: a stretch this long between holidays means a holiday is missing. */
const LONGEST_TERM_DAYS = 20 * 7;
/** INSET days sit inside a term or just before or after it. */
const CLOSURE_REACH_DAYS = 7;

export function deriveTerms(events: MeantEvent[]): DerivedTerms {
  const warnings: string[] = [];
  const { holidays, closureDays } = daysOff(events);
  const longBreaks = holidays.filter((h) => h.long);
  const holidayDays = new Set(holidays.flatMap((h) => h.days));
  const isOff = (day: IsoDay) => isWeekend(day) || holidayDays.has(day) || closureDays.has(day);

  const wholeTerms = wholeTermSpans(events);
  const spans = merge([...wholeTerms, ...boundarySpans(events, wholeTerms, longBreaks, warnings)], longBreaks);
  spans.push(...holidayStretches(spans, longBreaks, warnings));
  spans.push(...edgeTerms(spans, holidays));

  const terms: Term[] = [];
  const halfTerms: WeekdayRun[] = [];
  const seasons: (Season | null)[] = [];
  const guessed: Term[] = [];
  const guessedEdges: { term: Term; edge: 'start' | 'end' }[] = [];
  for (const span of spans.sort((a, b) => a.start.localeCompare(b.start))) {
    const start = firstSchoolDay(span.start, span.end, isOff);
    const end = lastSchoolDay(span.start, span.end, isOff);
    const found = start && end ? halfTermOf(start, end, span, holidays, closureDays) : null;
    const week = start && end ? (found?.week ?? guessedHalfTerm(start, end, span.season)) : null;
    if (!start || !end || !week) {
      warnings.push(`We left out ${dayRange(span.start, span.end)}: it is too short to be a school term.`);
      continue;
    }
    const term: Term = { name: '', start, end, halfTermStart: week.first, halfTermEnd: week.last };
    terms.push(term);
    halfTerms.push(week);
    seasons.push(span.season);
    if (found?.note) warnings.push(found.note);
    if (!found) guessed.push(term);
    if (span.guessedStart) guessedEdges.push({ term, edge: 'start' });
    if (span.guessedEnd) guessedEdges.push({ term, edge: 'end' });
  }
  // Named only now that every term is known: the season can depend on the others in its school year.
  nameTerms(terms, seasons);
  warnings.push(...guessedEdges.map(edgeWarning), ...guessed.map(guessWarning));
  return { terms, closures: closuresNear(terms, halfTerms, holidays, closureDays), warnings };
}

/** Holidays as runs of weekdays, and closure days. Timed events never make a day off: a 7pm concert does not close the school. */
function daysOff(events: MeantEvent[]): { holidays: Holiday[]; closureDays: Set<IsoDay> } {
  const kinds = new Map<IsoDay, HolidayKind>();
  const closureDays = new Set<IsoDay>();
  const rank: Record<HolidayKind, number> = { other: 0, 'half-term': 1, long: 2 };
  const add = (day: IsoDay, kind: HolidayKind) => {
    const had = kinds.get(day);
    if (!had || rank[kind] > rank[had]) kinds.set(day, kind);
  };
  for (const { event, meaning } of events) {
    if (event.timed) continue;
    const days = weekdaysIn(event.first, event.last);
    if (meaning.holiday) for (const d of days) add(d, meaning.holiday);
    // "School closed" for weeks on end is a holiday, whatever the title says.
    else if (meaning.closure && days.length >= 3) for (const d of days) add(d, 'other');
    else if (meaning.closure) for (const d of days) closureDays.add(d);
  }
  const holidays = weekdayRuns(kinds.keys()).map((run): Holiday => {
    const named = run.days.map((d) => kinds.get(d));
    const namedHalfTerm = named.includes('half-term');
    const long =
      run.days.length > LONGEST_HALF_TERM_WEEKDAYS || named.includes('long') || (!namedHalfTerm && run.days.length >= LONG_BREAK_WEEKDAYS);
    return { ...run, long, namedHalfTerm };
  });
  for (const h of holidays) for (const d of h.days) closureDays.delete(d);
  return { holidays, closureDays };
}

function wholeTermSpans(events: MeantEvent[]): Span[] {
  return events
    .filter(({ event, meaning }) => meaning.termSpan && !event.timed && daysBetween(event.first, event.last) >= SHORTEST_SPAN_DAYS)
    .map(({ event, meaning }) => ({ start: event.first, end: event.last, season: meaning.season, gaps: [] }));
}

interface Boundary {
  day: IsoDay;
  kind: 'start' | 'end';
  season: Season | null;
}

/** Terms from start and end events, pairing each start with the next end before another start. */
function boundarySpans(events: MeantEvent[], wholeTerms: Span[], longBreaks: Holiday[], warnings: string[]): Span[] {
  const raw: Boundary[] = [];
  for (const { event, meaning } of events) {
    if (meaning.termStart) raw.push({ day: event.first, kind: 'start', season: meaning.season });
    if (meaning.termEnd) raw.push({ day: event.last, kind: 'end', season: meaning.season });
  }
  raw.sort((a, b) => a.day.localeCompare(b.day) || (a.kind === 'end' ? -1 : 1));
  const marks: Boundary[] = [];
  for (const b of raw) {
    const prev = marks[marks.length - 1];
    if (prev && prev.kind === b.kind && daysBetween(prev.day, b.day) <= SAME_BOUNDARY_DAYS) {
      // Keep the first start (Year 7 come back first) and the last end.
      if (b.kind === 'end') marks[marks.length - 1] = { ...b, season: b.season ?? prev.season };
      else prev.season ??= b.season;
      continue;
    }
    marks.push(b);
  }

  // A lone start or end inside a whole-term event ("All students return" in "Autumn 1") adds nothing.
  const covered = (day: IsoDay) => wholeTerms.some((s) => addDays(s.start, -SAME_BOUNDARY_DAYS) <= day && day <= addDays(s.end, SAME_BOUNDARY_DAYS));
  const spans: Span[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const next = marks[i + 1];
    if (mark.kind === 'start' && next?.kind === 'end') {
      spans.push({ start: mark.day, end: next.day, season: mark.season ?? next.season, gaps: [] });
      i++;
    } else if (covered(mark.day)) {
      continue;
    } else if (mark.kind === 'start') {
      const holiday = longBreaks.find((h) => h.first > mark.day);
      const typicalEnd = typicalTermAround(mark.day).end;
      if (holiday && (!next || next.day > holiday.first)) spans.push({ start: mark.day, end: holiday.first, season: mark.season, gaps: [] });
      else if (!holiday && typicalEnd > mark.day && (!next || next.day > typicalEnd)) {
        spans.push({ start: mark.day, end: typicalEnd, season: mark.season, gaps: [], guessedEnd: true });
      } else warnings.push(`The calendar says a term starts on ${longDay(mark.day)} but not when it ends, so we left that term out.`);
    } else {
      const holiday = [...longBreaks].reverse().find((h) => h.last < mark.day);
      const prev = marks[i - 1];
      const typicalStart = typicalTermAround(mark.day).start;
      if (holiday && (!prev || prev.day < holiday.last)) spans.push({ start: holiday.last, end: mark.day, season: mark.season, gaps: [] });
      else if (!holiday && typicalStart < mark.day && (!prev || prev.day < typicalStart)) {
        spans.push({ start: typicalStart, end: mark.day, season: mark.season, gaps: [], guessedStart: true });
      } else warnings.push(`The calendar says a term ends on ${longDay(mark.day)} but not when it starts, so we left that term out.`);
    }
  }
  return spans;
}

/**
 * One span per term: overlapping spans (a whole-term event and its start and end events) become
 * one, and so do halves of a term ("Autumn 1", "Autumn 2") with no more than a week between them.
 */
function merge(spans: Span[], longBreaks: Holiday[]): Span[] {
  const longDays = new Set(longBreaks.flatMap((h) => h.days));
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = merged[merged.length - 1];
    if (!last) {
      merged.push({ ...span, gaps: [...span.gaps] });
      continue;
    }
    const gap = weekdaysIn(addDays(last.end, 1), addDays(span.start, -1), LONGEST_HALF_TERM_WEEKDAYS + 1);
    if (span.start <= last.end || gap.length === 0) {
      last.end = span.end > last.end ? span.end : last.end;
    } else if (gap.length <= 5 && !gap.some((d) => longDays.has(d))) {
      last.gaps.push({ first: gap[0]!, last: gap[gap.length - 1]!, days: gap });
      last.end = span.end;
    } else {
      merged.push({ ...span, gaps: [...span.gaps] });
      continue;
    }
    last.season ??= span.season;
  }
  return merged;
}

/** Terms as the school days between long holidays, where no start, end or whole-term event says otherwise. */
function holidayStretches(spans: Span[], longBreaks: Holiday[], warnings: string[]): Span[] {
  const found: Span[] = [];
  for (let i = 1; i < longBreaks.length; i++) {
    const start = firstWeekdayAfter(longBreaks[i - 1]!.last);
    const end = lastWeekdayBefore(longBreaks[i]!.first);
    if (end < start || spans.some((s) => s.start <= end && start <= s.end)) continue;
    if (daysBetween(start, end) > LONGEST_TERM_DAYS) {
      warnings.push(`We found no holiday between ${dayRange(start, end)} long enough to split it into terms, so we left that time out.`);
      continue;
    }
    found.push({ start, end, season: null, gaps: [] });
  }
  return found;
}

/**
 * Terms at the ends of the calendar, known only by their half term: a list of one school year's
 * holidays often starts with October half term and stops at May half term. The missing edge (the
 * first day of autumn, the last of summer) is taken from the typical pattern, and said so.
 */
function edgeTerms(spans: Span[], holidays: Holiday[]): Span[] {
  const found: Span[] = [];
  const overlaps = (first: IsoDay, last: IsoDay) => [...spans, ...found].some((s) => s.start <= last && first <= s.end);
  for (const h of holidays) {
    if (h.long || !(h.namedHalfTerm || h.days.length >= 3) || overlaps(h.first, h.last)) continue;
    const before = [...holidays].reverse().find((b) => b.long && b.last < h.first);
    const after = holidays.find((a) => a.long && a.first > h.last);
    const typical = typicalTermAround(h.first);
    const start = before ? firstWeekdayAfter(before.last) : typical.start;
    const end = after ? lastWeekdayBefore(after.first) : typical.end;
    if (!(start < h.first && h.last < end) || overlaps(start, end)) continue;
    found.push({ start, end, season: null, gaps: [], guessedStart: !before, guessedEnd: !after });
  }
  return found;
}

function firstSchoolDay(from: IsoDay, to: IsoDay, isOff: (day: IsoDay) => boolean): IsoDay | null {
  for (let d = from, n = 0; d <= to && n < 366; d = addDays(d, 1), n++) if (!isOff(d)) return d;
  return null;
}

function lastSchoolDay(from: IsoDay, to: IsoDay, isOff: (day: IsoDay) => boolean): IsoDay | null {
  for (let d = to, n = 0; d >= from && n < 366; d = addDays(d, -1), n++) if (!isOff(d)) return d;
  return null;
}

function edgeWarning({ term, edge }: { term: Term; edge: 'start' | 'end' }): string {
  const day = edge === 'start' ? term.start : term.end;
  return `The calendar does not say when ${term.name} ${edge}s, so we took the usual day, ${longDay(day)}. Please check it against the school's dates.`;
}

function guessWarning(term: Term): string {
  return `We could not find the half term in ${term.name}, so we guessed ${dayRange(term.halfTermStart, term.halfTermEnd)}. Please check it against the school's dates.`;
}

/** INSET days, and days off in term time other than half term (bank holidays), next to or inside a term. */
function closuresNear(terms: Term[], halfTerms: WeekdayRun[], holidays: Holiday[], closureDays: Set<IsoDay>): IsoDay[] {
  const inHalfTerm = new Set(halfTerms.flatMap((h) => h.days));
  const days = new Set(closureDays);
  for (const h of holidays) if (!h.long) for (const d of h.days) days.add(d);
  const near = (day: IsoDay) =>
    terms.some((t) => addDays(t.start, -CLOSURE_REACH_DAYS) <= day && day <= addDays(t.end, CLOSURE_REACH_DAYS));
  const inTerm = (day: IsoDay) => terms.some((t) => t.start <= day && day <= t.end);
  return [...days]
    .filter((d) => !inHalfTerm.has(d) && (closureDays.has(d) ? near(d) : inTerm(d)))
    .sort();
}
