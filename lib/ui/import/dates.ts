// Dates on the import page. Each email's day is the day written in its own ISO string (the day
// where it was sent): the worker's date range compares the same day, so what the page shows and
// what the import takes agree, whatever the parent's time zone.
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2026-03-12" from "2026-03-12T09:41:00+00:00" (the value of an <input type="date">), or null. */
export function dayOf(iso: string | null | undefined): string | null {
  const m = DAY.exec(iso ?? '');
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function parts(iso: string | null | undefined): { year: string; month: number; day: number } | null {
  const day = dayOf(iso);
  if (!day) return null;
  return { year: day.slice(0, 4), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** "Sep 2023", or '' for no date. */
export function monthYear(iso: string | null | undefined): string {
  const p = parts(iso);
  return p ? `${SHORT_MONTHS[p.month - 1]} ${p.year}` : '';
}

/** "12 March 2026" (a letter's own date), or ''. */
export function longDay(iso: string | null | undefined): string {
  const p = parts(iso);
  return p ? `${p.day} ${LONG_MONTHS[p.month - 1]} ${p.year}` : '';
}

/** "3 Sep 2019", or ''. */
export function shortDay(iso: string | null | undefined): string {
  const p = parts(iso);
  return p ? `${p.day} ${SHORT_MONTHS[p.month - 1]} ${p.year}` : '';
}

/** "Sep 2023 – Nov 2026"; one month when both ends share it; one end when only one is known; 'no dates'. */
export function monthRange(first: string | null, last: string | null): string {
  const a = monthYear(first);
  const b = monthYear(last);
  if (!a && !b) return 'no dates';
  if (!a || !b || a === b) return a || b;
  return `${a} – ${b}`;
}
