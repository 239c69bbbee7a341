// An email's Date header, read as the sender wrote it. The analysis resolves "by Friday" from the
// day the email was sent in the sender's own zone, so the offset is kept, never converted to UTC.
// Parsed by hand rather than with Date.parse: Date.parse reads a header without a zone in the
// machine's local time, so the same mailbox would give different days on different computers.
import { MONTH_NUMBERS as MONTHS } from '@/lib/calendar/day';

/**
 * Zone names seen in real Date headers, in minutes east of UTC: RFC 5322's obsolete zones (UT, GMT
 * and the US ones) and the European ones British mail carries. Anything else (military letters,
 * unknown names) counts as +00:00, as RFC 5322 says of an unknown zone.
 */
const ZONE_NAMES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, WEST: 60, IST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/** "Mon, 2 Mar 2026 10:15:00 +0000 (GMT)", "2 Mar 26 10:15 GMT", "Monday, 02-Mar-2026 10:15:00 BST". */
const RFC_DATE = /^\s*(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([+-])(\d{2}):?(\d{2})|([a-z]{1,5})\b)?/i;
/** C's asctime, which some mailers put in the Date header: "Mon Mar  2 10:15:00 2026" (zone optional). */
const ASCTIME = /^\s*[a-z]{3},?\s+([a-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-])(\d{2})(\d{2})\s+|([a-z]{1,5})\s+)?(\d{4})\b/i;
/** ISO 8601 with a zone, which a few tools write: "2026-03-02T10:15:00+01:00", "2026-03-02 10:15:00Z". */
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([+-])(\d{2}):?(\d{2})|(Z))\s*$/i;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC. */
  offset: number;
}

function zoneMinutes(sign: string | undefined, hours: string | undefined, minutes: string | undefined, name: string | undefined): number {
  if (sign && hours && minutes) {
    const total = Number(hours) * 60 + Number(minutes);
    return sign === '-' ? -total : total;
  }
  if (name) return ZONE_NAMES[name.toUpperCase()] ?? 0;
  return 0;
}

/** RFC 5322 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx; three digits add 1900. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

function partsOf(header: string): DateParts | null {
  const rfc = RFC_DATE.exec(header);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (!month) return null;
    return {
      year: fullYear(rfc[3]!), month, day: Number(rfc[1]), hour: Number(rfc[4]), minute: Number(rfc[5]), second: Number(rfc[6] ?? 0),
      offset: zoneMinutes(rfc[7], rfc[8], rfc[9], rfc[10]),
    };
  }
  const asc = ASCTIME.exec(header);
  if (asc) {
    const month = MONTHS[asc[1]!.toLowerCase()];
    if (!month) return null;
    return {
      year: Number(asc[10]), month, day: Number(asc[2]), hour: Number(asc[3]), minute: Number(asc[4]), second: Number(asc[5] ?? 0),
      offset: zoneMinutes(asc[6], asc[7], asc[8], asc[9]),
    };
  }
  const iso = ISO_DATE.exec(header);
  if (iso) {
    return {
      year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0),
      offset: zoneMinutes(iso[7], iso[8], iso[9], iso[10]),
    };
  }
  return null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The Date header as ISO 8601 with the offset it was written with ("2026-03-02T10:15:00+00:00",
 * "2025-03-03T23:30:00-05:00"); null when it is missing or not a real date and time (30 February,
 * 25 o'clock, "yesterday"). A header without a zone, or with one On Record does not know, is read
 * as +00:00. A leap second (:60) is read as :59.
 */
export function isoWithOffset(dateHeader: string | null | undefined): string | null {
  if (!dateHeader) return null;
  const p = partsOf(dateHeader);
  if (!p) return null;
  if (p.year < 1900 || p.year > 2199 || p.hour > 23 || p.minute > 59 || p.second > 60 || Math.abs(p.offset) > 14 * 60) return null;
  const second = Math.min(p.second, 59);
  const check = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (check.getUTCMonth() !== p.month - 1 || check.getUTCDate() !== p.day) return null;
  const sign = p.offset < 0 ? '-' : '+';
  const abs = Math.abs(p.offset);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
