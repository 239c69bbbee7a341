// The UK wall-clock day of an instant. Calendar files written in UTC ("Z") put midnight in London at
// 23:00 the day before in summer, so the day must be read in UK time. British Summer Time runs from
// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the EU rule the UK
// has kept since 1996); computed here rather than through Intl so every browser gives the same day.

import { fromUtc, lastWeekdayBefore, makeDay, type IsoDay } from '../../../analysis/calendar/day';

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
  const begins = changeover(year, 3);
  const ends = changeover(year, 10);
  return begins !== null && ends !== null && utcMs >= begins && utcMs < ends;
}

/** 01:00 UTC on the last Sunday of the month. */
function changeover(year: number, month: number): number | null {
  const firstOfNext = makeDay(year, month + 1, 1);
  if (!firstOfNext) return null;
  const sunday = lastWeekdayBefore(firstOfNext, 0);
  return Date.parse(`${sunday}T01:00:00Z`);
}
