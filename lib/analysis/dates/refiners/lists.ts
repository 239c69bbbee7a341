// Lists and ranges of days that share a month: "Thursday 2nd and Friday 3rd September", "the 11th,
// 12th and 13th March", "from Wednesday 8th to Friday 10th October", "April 28th – 30th". Each day is
// its own date, with the month (and year) of the day that names it. Runs after resolveDates, so the
// named day's year is known.

import { addMonths, daysBetween, makeDay, monthOf, weekday, yearOf, dayOfMonth, type IsoDay } from '@/lib/calendar/day';
import { overlapping as overlappingIn, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import { conflictNote } from '@/lib/analysis/dates/refiners/resolve';

const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};
const WD = '(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday|sday)?';
const ITEM = `(?:${WD}\\.?,?\\s+)?(?:the\\s+)?([0-3]?\\d)(st|nd|rd|th)?`;
const SEP = '\\s*(?:,\\s*(?:and\\s+|&\\s+|or\\s+)?|and\\s+|&\\s+|or\\s+|[-–—]\\s*|to\\s+|until\\s+|till\\s+)';
// An item and its separator, at the end of the text before a named day (peeled one at a time).
const ITEM_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}_])(${ITEM}${SEP})$`, 'iu');
// A separator and an item, at the start of the text after a named day.
const ITEM_AFTER = new RegExp(`^(${SEP}${ITEM})(?![\\p{L}\\p{N}_])`, 'iu');
const MONTH_NEXT = /^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// "Year 5 and 6", "pages 3 and 4": numbers that are not days.
const NOT_DAY_BEFORE = /\b(?:years?|y|pages?|rooms?|no|number|class|groups?|sets?|steps?|levels?|aged?|ages|£)\s*$/i;
const REACH = 100;

interface Item {
  start: number;
  end: number;
  day: number;
  weekday: number | undefined;
}

function itemOf(m: RegExpExecArray, at: number, groupOffset: number): Item | null {
  const whole = m[1]!;
  const wd = m[groupOffset];
  const day = Number(m[groupOffset + 1]);
  if (!(day >= 1 && day <= 31)) return null;
  // The item's own words, without the separator.
  const lead = /^\s*(?:,\s*(?:and\s+|&\s+|or\s+)?|and\s+|&\s+|or\s+|[-–—]\s*|to\s+|until\s+|till\s+)/i;
  const trail = /\s*(?:,\s*(?:and\s+|&\s+|or\s+)?|and\s+|&\s+|or\s+|[-–—]\s*|to\s+|until\s+|till\s+)$/i;
  const leadLen = lead.exec(whole)?.[0].length ?? 0;
  const body = whole.slice(leadLen);
  const itemText = body.replace(trail, '');
  return {
    start: at + leadLen,
    end: at + leadLen + itemText.length,
    day,
    weekday: wd ? WEEKDAY_NUMBER[wd.slice(0, 3).toLowerCase()] : undefined,
  };
}

function place(sorted: readonly Candidate[], added: Map<number, Candidate>, anchor: Candidate, item: Item): boolean {
  const month = anchor.known.month!;
  const year = anchor.date ? yearOf(anchor.date) : anchor.known.year;
  const mine = added.get(item.start);
  const overlapping = overlappingIn(sorted, item.start, item.end).filter((o) => o !== anchor);
  if (mine) overlapping.push(mine);
  // A neighbour with its own month is a date of its own: the list stops there.
  if (overlapping.some((o) => o.known.month !== undefined && o.listMonth === undefined)) return false;
  const target: Candidate =
    overlapping[0] ??
    {
      start: item.start,
      end: item.end,
      sentenceStart: anchor.sentenceStart,
      sentenceEnd: anchor.sentenceEnd,
      rule: null,
      arg: null,
      unit: null,
      known: {},
      range: false,
      date: null,
    };
  target.rule = null;
  target.range = false;
  target.past = undefined;
  target.listMonth = month;
  target.known = { day: item.day, month, ...(year !== undefined ? { year } : {}), ...(item.weekday !== undefined ? { weekday: item.weekday } : {}) };
  target.date = year !== undefined ? makeDay(year, month, item.day) : null;
  target.conflict = target.date && item.weekday !== undefined && weekday(target.date) !== item.weekday ? conflictNote(item.weekday, target.date) : undefined;
  if (!overlapping[0]) added.set(item.start, target);
  return true;
}

function shiftYears(day: IsoDay, years: number): IsoDay | null {
  const first = addMonths(day, 12 * years);
  return makeDay(yearOf(first), monthOf(first), dayOfMonth(day));
}

/**
 * "April 28th – July 18th": each end was resolved to the occurrence nearest sentAt, which can put the
 * end before the start. Keep them in order, choosing the pair nearer sentAt.
 */
function orderRanges(env: DateEnv, candidates: Candidate[]): void {
  const sent = env.sentDay;
  if (!sent) return;
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  for (const end of candidates) {
    if (end.rangeFrom === undefined || !end.date || end.known.year !== undefined) continue;
    const start = byStart.get(end.rangeFrom);
    if (!start?.date || start.known.year !== undefined || start.date <= end.date) continue;
    const earlierStart = shiftYears(start.date, -1);
    const laterEnd = shiftYears(end.date, 1);
    if (!earlierStart || !laterEnd) continue;
    const gap = (a: IsoDay, b: IsoDay) => Math.abs(daysBetween(sent, a)) + Math.abs(daysBetween(sent, b));
    const moved = gap(earlierStart, end.date) <= gap(start.date, laterEnd) ? start : end;
    moved.date = moved === start ? earlierStart : laterEnd;
    const wd = moved.known.weekday;
    moved.conflict = wd !== undefined && weekday(moved.date) !== wd ? conflictNote(wd, moved.date) : undefined;
  }
}

/** Gives each day of a list or range the month of the day in it that names one. */
export function shareListMonths(env: DateEnv, candidates: Candidate[]): Candidate[] {
  const added = new Map<number, Candidate>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const anchors = candidates.filter((c) => c.rule === null && c.known.month !== undefined && c.known.day !== undefined && c.listMonth === undefined);
  for (const anchor of anchors) {
    // Backwards: "Thursday 2nd and [Friday 3rd September]".
    let edge = anchor.start;
    for (let n = 0; n < 10; n++) {
      const from = Math.max(anchor.sentenceStart, edge - REACH);
      const before = env.body.slice(from, edge);
      const m = ITEM_BEFORE.exec(before);
      if (!m) break;
      const at = from + before.length - m[1]!.length;
      if (NOT_DAY_BEFORE.test(env.body.slice(Math.max(0, at - 12), at))) break;
      const item = itemOf(m, at, 2);
      if (!item || !place(sorted, added, anchor, item)) break;
      edge = item.start;
    }
    // Forwards: "[March 11th], 12th and 13th", "[April 28th] – 30th".
    edge = anchor.end;
    for (let n = 0; n < 10; n++) {
      const after = env.body.slice(edge, Math.min(anchor.sentenceEnd, edge + REACH));
      const m = ITEM_AFTER.exec(after);
      if (!m) break;
      if (MONTH_NEXT.test(after.slice(m[0].length))) break;
      // A bare number with no suffix or weekday after a named day is rarely a day ("March 3, 2025" is a year).
      if (!m[2] && !m[4]) break;
      const item = itemOf(m, edge, 2);
      if (!item || !place(sorted, added, anchor, item)) break;
      edge = item.end;
    }
  }
  orderRanges(env, candidates);
  if (added.size === 0) return candidates;
  return [...candidates, ...added.values()].sort((a, b) => a.start - b.start);
}
