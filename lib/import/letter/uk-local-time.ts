// Times a letter or its file carries without a zone ("12 March 2026", a PDF CreationDate with no
// offset) are UK wall-clock times: the parents and schools On Record serves are in England. They
// are written with the offset London had then, as CapturedItem.sentAt expects.
import { fromUtc, toUtc, type IsoDay } from '@/lib/calendar/day';
import { ukWallClock } from '@/lib/calendar/ics/uk-time';

const HOUR_MS = 3_600_000;

const two = (n: number) => String(n).padStart(2, '0');

function offsetText(hours: 0 | 1): string {
  return hours === 1 ? '+01:00' : '+00:00';
}

/**
 * A UK wall-clock time as ISO 8601 with London's offset at that moment, e.g. 12 March 2026 10:15 →
 * "2026-03-12T10:15:00+00:00", 12 July → "+01:00". Null for a day that does not exist.
 */
export function ukWallTimeIso(day: IsoDay, hours = 0, minutes = 0, seconds = 0): string | null {
  const midnight = toUtc(day);
  if (Number.isNaN(midnight.getTime()) || fromUtc(midnight) !== day) return null;
  if (![hours, minutes, seconds].every(Number.isInteger) || hours > 23 || minutes > 59 || seconds > 59 || Math.min(hours, minutes, seconds) < 0) return null;
  const wallSeconds = hours * 3600 + minutes * 60 + seconds;
  // Summer time, if this wall time read as BST lands back on itself; else GMT.
  const asSummer = ukWallClock(midnight.getTime() + wallSeconds * 1000 - HOUR_MS);
  const summer = asSummer !== null && asSummer.day === day && asSummer.seconds === wallSeconds;
  return `${day}T${two(hours)}:${two(minutes)}:${two(seconds)}${offsetText(summer ? 1 : 0)}`;
}
