// Dates on the import page. Each email's day is the day written in its own ISO string (the day
// where it was sent): the worker's date range compares the same day, so what the page shows and
// what the import takes agree, whatever the parent's time zone.
import { MONTH_NAMES, isIsoDay, monthOf, yearOf, type IsoDay } from '@/lib/calendar/day';
import { longDay as longDayWords, shortDay as shortDayWords } from '@/lib/calendar/day-words';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** "2026-03-12" from "2026-03-12T09:41:00+00:00" (the value of an <input type="date">), or null. */
export function dayOf(iso: string | null | undefined): IsoDay | null {
  const m = DAY.exec(iso ?? '');
  return m && isIsoDay(m[0]) ? m[0] : null;
}

/** "Sep 2023", or '' for no date. */
export function monthYear(iso: string | null | undefined): string {
  const day = dayOf(iso);
  return day ? `${MONTH_NAMES[monthOf(day) - 1]!.slice(0, 3)} ${yearOf(day)}` : '';
}

/** "12 March 2026" (a letter's own date), or ''. */
export function longDay(iso: string | null | undefined): string {
  const day = dayOf(iso);
  return day ? longDayWords(day) : '';
}

/** "3 Sep 2019", or ''. */
export function shortDay(iso: string | null | undefined): string {
  const day = dayOf(iso);
  return day ? shortDayWords(day) : '';
}

/** "Sep 2023 – Nov 2026"; one month when both ends share it; one end when only one is known; 'no dates'. */
export function monthRange(first: string | null, last: string | null): string {
  const a = monthYear(first);
  const b = monthYear(last);
  if (!a && !b) return 'no dates';
  if (!a || !b || a === b) return a || b;
  return `${a} – ${b}`;
}
