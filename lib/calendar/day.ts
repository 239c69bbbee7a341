// Calendar days as "YYYY-MM-DD", with arithmetic done in UTC so no time zone or clock change can
// shift a day. Every date rule works on these.

export type IsoDay = string;

const DAY_MS = 86_400_000;

export function toUtc(day: IsoDay): Date {
  // Date.UTC on the parts: the same day as parsing "YYYY-MM-DDT00:00:00Z", several times faster.
  if (typeof day !== 'string' || day.length !== 10 || day[4] !== '-' || day[7] !== '-') return new Date(NaN);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return new Date(NaN);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC maps years 0-99 to 1900-1999; set the year exactly.
  if (y < 100) date.setUTCFullYear(y);
  return date;
}

export function fromUtc(date: Date): IsoDay {
  const y = date.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return date.toISOString().slice(0, 10);
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return fromUtc(new Date(toUtc(day).getTime() + n * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: IsoDay): number {
  return toUtc(day).getUTCDay();
}

export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

/**
 * The calendar day of an ISO 8601 instant in the offset it was written with: an email sent at
 * "2024-09-10T23:30:00+01:00" was sent on 10 September for its reader, whatever the zone here.
 */
export function localDayOf(instant: string): IsoDay | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(instant.trim());
  if (!m || !isIsoDay(m[1])) return null;
  return m[1]!;
}

/** The day for a year, month (1-12) and day of month, or null when there is no such day (31 April). */
export function makeDay(year: number, month: number, day: number): IsoDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

export function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}

export function monthOf(day: IsoDay): number {
  return Number(day.slice(5, 7));
}

export function dayOfMonth(day: IsoDay): number {
  return Number(day.slice(8, 10));
}

/** The Monday of the Monday-to-Sunday week that holds day. */
export function mondayOf(day: IsoDay): IsoDay {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** The last day of the month that holds day. */
export function lastDayOfMonth(day: IsoDay): IsoDay {
  const y = yearOf(day);
  const m = monthOf(day);
  return addDays(m === 12 ? `${y + 1}-01-01` : makeDay(y, m + 1, 1)!, -1);
}

/** The first day of the month n months after the month of day (n may be negative). */
export function addMonths(day: IsoDay, n: number): IsoDay {
  const index = yearOf(day) * 12 + (monthOf(day) - 1) + n;
  return makeDay(Math.floor(index / 12), (index % 12) + 1, 1) ?? day;
}

/** The first day after `from` (strictly) that falls on weekday wd (0 = Sunday). */
export function nextWeekdayAfter(from: IsoDay, wd: number): IsoDay {
  const gap = (wd - weekday(from) + 7) % 7;
  return addDays(from, gap === 0 ? 7 : gap);
}

/** The last day before `from` (strictly) that falls on weekday wd. */
export function lastWeekdayBefore(from: IsoDay, wd: number): IsoDay {
  const gap = (weekday(from) - wd + 7) % 7;
  return addDays(from, gap === 0 ? -7 : -gap);
}

/** Weekday wd (0 = Sunday) of the Monday-to-Sunday week that holds day. */
export function weekdayInWeekOf(day: IsoDay, wd: number): IsoDay {
  return addDays(mondayOf(day), (wd + 6) % 7);
}

/** The occurrence of month/day nearest to ref (it may be past); on a tie, the later one. */
export function nearestOccurrence(ref: IsoDay, month: number, dom: number): IsoDay | null {
  const y = yearOf(ref);
  let best: IsoDay | null = null;
  let bestGap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const d = makeDay(year, month, dom);
    if (!d) continue;
    const gap = Math.abs(daysBetween(ref, d));
    if (gap < bestGap || (gap === bestGap && best !== null && d > best)) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

/** The next day-of-month dom on or after ref, skipping months too short to have it. */
export function nextDayOfMonth(ref: IsoDay, dom: number): IsoDay | null {
  if (!Number.isInteger(dom) || dom < 1 || dom > 31) return null;
  for (let i = 0; i < 13; i++) {
    const first = addMonths(ref, i);
    const d = makeDay(yearOf(first), monthOf(first), dom);
    if (d && d >= ref) return d;
  }
  return null;
}

/** The weekday of a school day: Monday to Friday. */
export function isWeekend(day: IsoDay): boolean {
  const wd = weekday(day);
  return wd === 0 || wd === 6;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Month numbers (1–12) by lower-case English name and the abbreviations dates are written with
 * ("mar", "sept"): what webmail shows, Date headers and letters' date lines are read with.
 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_NAMES.flatMap((name, i) => {
    const lower = name.toLowerCase();
    return [lower, lower.slice(0, 3), ...(lower === 'september' ? ['sept'] : [])].map((word) => [word, i + 1] as const);
  }),
);
