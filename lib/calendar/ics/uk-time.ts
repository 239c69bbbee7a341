// The UK wall-clock day of an instant. Calendar files written in UTC ("Z") put midnight in London at
// 23:00 the day before in summer, so the day must be read in UK time (see uk-summer-time.ts).

import { fromUtc, type IsoDay } from '@/lib/calendar/day';
import { ukClockChangeDays } from '@/lib/calendar/uk-summer-time';

const HOUR_MS = 3_600_000;

export interface WallClock {
  day: IsoDay;
  /** Seconds since the local midnight. */
  seconds: number;
}

export function ukWallClock(utcMs: number): WallClock | null {
  if (!Number.isFinite(utcMs)) return null;
  const year = new Date(utcMs).getUTCFullYear();
  const local = new Date(utcMs + (inSummerTime(utcMs, year) ? HOUR_MS : 0));
  if (!(local.getUTCFullYear() >= 1000 && local.getUTCFullYear() <= 9999)) return null;
  const seconds = local.getUTCHours() * 3600 + local.getUTCMinutes() * 60 + local.getUTCSeconds();
  return { day: fromUtc(local), seconds };
}

function inSummerTime(utcMs: number, year: number): boolean {
  const days = ukClockChangeDays(year);
  return days !== null && utcMs >= Date.parse(`${days.starts}T01:00:00Z`) && utcMs < Date.parse(`${days.ends}T01:00:00Z`);
}
