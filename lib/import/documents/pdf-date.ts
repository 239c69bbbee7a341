// A PDF writes its dates as "D:YYYYMMDDHHmmSSOHH'mm'" (ISO 32000-1, 7.9.4): "D:20260312101500+00'00'".
// Everything after the year is optional, and many writers bend the rule (no "D:", a "Z" with an
// offset after it, no closing apostrophe). The offset is kept as written; a date without one is
// UK wall-clock time, like every other zone-less time On Record reads.
import { makeDay } from '@/lib/calendar/day';
import { ukWallTimeIso } from '@/lib/import/letter/uk-local-time';

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/;

const two = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 for a PDF date string, or null when it is not one. */
export function pdfDateToIso(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const m = PDF_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zulu, sign, oh = '00', om = '00'] = m;
  const day = makeDay(Number(y), Number(mo), Number(d));
  const [hours, minutes, seconds] = [Number(h), Number(mi), Number(s)];
  if (!day || hours > 23 || minutes > 59 || seconds > 59 || Number(oh) > 23 || Number(om) > 59) return null;
  const time = `${two(hours)}:${two(minutes)}:${two(seconds)}`;
  if (sign) return `${day}T${time}${sign}${oh}:${om}`;
  if (zulu) return `${day}T${time}+00:00`;
  return ukWallTimeIso(day, hours, minutes, seconds);
}
