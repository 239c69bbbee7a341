// Calendar days as "YYYY-MM-DD", with arithmetic done in UTC so no time zone or clock change can
// shift a day. Every date rule works on these.

export type IsoDay = string;

const DAY_MS = 86_400_000;

export function toUtc(day: IsoDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function fromUtc(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
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
