// Days as a parent writes them in a letter: "7 September 2026". Fixed month names rather than Intl,
// whose output differs between browsers and ICU versions.
import { MONTH_NAMES } from '../../analysis/calendar/day';
import type { IsoDay } from '../types';

/** "7 September 2026" for "2026-09-07"; anything that is not a calendar day comes back as written. */
export function formatLongDay(day: IsoDay): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const month = MONTH_NAMES[Number(m[2]) - 1];
  const date = Number(m[3]);
  if (!month || date < 1 || date > 31) return day;
  return `${date} ${month} ${m[1]}`;
}
