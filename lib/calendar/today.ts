import type { IsoDay } from '@/lib/model/plan';
import { isIsoDay } from '@/lib/calendar/day';

/** The calendar day, in this browser's time zone, of an ISO 8601 instant; null when unreadable. */
export function localDayOfInstant(instant: string): IsoDay | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDay(day) ? day : null;
}

/** Today's date where the parent is (the browser's zone), as the rules in lib/plan expect it. */
export function todayIso(now = new Date()): IsoDay {
  return localDayOfInstant(now.toISOString())!;
}
