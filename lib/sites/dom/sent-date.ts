// Webmail shows when a message was sent in the reader's locale and zone, with no zone written:
// "Wed, May 13, 2026 at 11:02 PM", "13 May 2026, 23:02", "Tue 12/11/2024 15:04", "Yesterday 09:15",
// "14:02 (2 hours ago)". We read it as the browser's local time and write ISO 8601 with the
// browser's UTC offset at that date: "2026-05-13T23:02:00+01:00" in summer, "+00:00" in winter.
import { MONTH_NUMBERS } from '@/lib/calendar/day';

const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };

const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_RE = /\b(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?\b\.?/i;

export interface DisplayedDateOptions {
  /** How to read an ambiguous all-number date like 12/11/2024. Default 'day-first' (en-GB). */
  numericOrder?: 'day-first' | 'month-first';
}

/** "+01:00" for a local Date. */
function offsetOf(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** ISO 8601 with the browser's offset at that instant, e.g. "2026-05-13T23:02:00+01:00". */
export function toLocalIso(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${offsetOf(d)}`;
}

function monthIndex(s: string): number | undefined {
  const k = s.toLowerCase().replace(/\.$/, '');
  const month = MONTH_NUMBERS[k.slice(0, 4) === 'sept' ? 'sept' : k.slice(0, 3)];
  return month === undefined ? undefined : month - 1;
}

interface Time { h: number; m: number; s: number }

function parseTime(text: string): { time: Time; rest: string } | null {
  const re = /\b(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?|\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b|\b(\d{1,2})\s*([ap])\.?m\b\.?/i;
  const m = re.exec(text);
  if (!m) return null;
  let h: number;
  let min: number;
  let s = 0;
  let ampm: string | undefined;
  if (m[1] !== undefined) {
    h = +m[1]; min = +(m[2] ?? 0); s = +(m[3] ?? 0); ampm = m[4];
  } else if (m[5] !== undefined) {
    h = +m[5]; min = +(m[6] ?? 0); s = +(m[7] ?? 0);
  } else {
    h = +(m[8] ?? 0); min = 0; ampm = m[9];
  }
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = ampm.toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return null;
  return { time: { h, m: min, s }, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}

/** An explicit zone in the text, as minutes east of UTC. */
function parseZone(text: string): { offset: number; rest: string } | null {
  const m = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b|(?:^|\s)([+-])(\d{2}):?(\d{2})\b|\b(GMT|UTC|Z|BST|CET|CEST)\b/.exec(text);
  if (!m) return null;
  let offset: number;
  if (m[1]) offset = (m[1] === '-' ? -1 : 1) * (+(m[2] ?? 0) * 60 + +(m[3] ?? 0));
  else if (m[4]) offset = (m[4] === '-' ? -1 : 1) * (+(m[5] ?? 0) * 60 + +(m[6] ?? 0));
  else offset = { GMT: 0, UTC: 0, Z: 0, BST: 60, CET: 60, CEST: 120 }[m[7] as 'GMT'] ?? 0;
  return { offset, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || y < 1970 || y > 2200) return false;
  const t = new Date(y, mo, d);
  return t.getFullYear() === y && t.getMonth() === mo && t.getDate() === d;
}

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/**
 * The displayed date as ISO 8601 with the browser's offset at that date, or null when the text is
 * not a date we can read. `now` anchors dates shown without a year or day ("Yesterday", "14:02",
 * "Tue 15:04", "13 May"). A third argument may say how to read all-number dates; by default they are
 * day-first (en-GB) unless only month-first makes sense or the weekday shown says otherwise.
 */
export function parseDisplayedDate(text: string, now: Date = new Date(), options: DisplayedDateOptions = {}): string | null {
  if (!text) return null;
  let s = text.replace(/\u00a0|\u202f/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!s) return null;

  // Machine dates ("2024-11-12T15:04:05Z", "2024-11-12 15:04") are exact.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', se = '0', z] = iso;
    if (!validDate(+y!, +mo! - 1, +d!)) return null;
    if (z) {
      const ms = Date.parse(`${y}-${mo}-${d}T${pad(+h)}:${pad(+mi)}:${pad(+se)}${z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z.toUpperCase()}`);
      return Number.isNaN(ms) ? null : toLocalIso(new Date(ms));
    }
    return toLocalIso(new Date(+y!, +mo! - 1, +d!, +h, +mi, +se));
  }

  const zone = parseZone(s);
  if (zone) s = zone.rest;
  const t = parseTime(s);
  if (t) s = t.rest;
  const time: Time = t?.time ?? { h: 0, m: 0, s: 0 };
  s = s.replace(/\bat\b/gi, ' ');

  const wdMatch = WEEKDAY_RE.exec(s);
  const weekday = wdMatch ? WEEKDAYS[wdMatch[1]!.toLowerCase()] : undefined;
  if (wdMatch) s = s.slice(0, wdMatch.index) + ' ' + s.slice(wdMatch.index + wdMatch[0].length);

  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;

  const named1 = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'i').exec(s);
  const named2 = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i').exec(s);
  const numeric = /\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})\b/.exec(s);
  if (named1) {
    d = +named1[1]!; mo = monthIndex(named1[2]!); y = named1[3] ? +named1[3] : undefined;
  } else if (named2) {
    mo = monthIndex(named2[1]!); d = +named2[2]!; y = named2[3] ? +named2[3] : undefined;
  } else if (numeric) {
    const [a, b, c] = [+numeric[1]!, +numeric[2]!, numeric[3]!];
    if (numeric[1]!.length === 4) {
      y = a; mo = b - 1; d = +c;
    } else {
      const year = c.length === 2 ? 2000 + +c : +c;
      const dayFirst = { y: year, mo: b - 1, d: a };
      const monthFirst = { y: year, mo: a - 1, d: b };
      let candidates = [dayFirst, monthFirst].filter((x) => validDate(x.y, x.mo, x.d));
      if (weekday !== undefined && candidates.length > 1) {
        const fitting = candidates.filter((x) => new Date(x.y, x.mo, x.d).getDay() === weekday);
        if (fitting.length > 0) candidates = fitting;
      }
      if (candidates.length > 1 && options.numericOrder === 'month-first') candidates = [monthFirst];
      const pick = candidates[0];
      if (!pick) return null;
      ({ y, mo, d } = pick);
    }
  } else if (/\btoday\b/i.test(s) || /\byesterday\b/i.test(s) || (weekday !== undefined && t) || (t && s.replace(/[\s,.-]/g, '') === '')) {
    // Only a day word or only a time: anchor on now.
    const base = startOfDay(now);
    if (/\byesterday\b/i.test(s)) base.setDate(base.getDate() - 1);
    else if (weekday !== undefined && !/\btoday\b/i.test(s)) {
      const back = (base.getDay() - weekday + 7) % 7;
      base.setDate(base.getDate() - back);
    }
    y = base.getFullYear(); mo = base.getMonth(); d = base.getDate();
  } else {
    return null;
  }

  if (mo === undefined || d === undefined) return null;
  if (y === undefined) {
    // "13 May": this year, unless that is more than a day ahead of now.
    y = now.getFullYear();
    if (new Date(y, mo, d).getTime() > now.getTime() + 86_400_000) y -= 1;
  }
  if (!validDate(y, mo, d)) return null;

  if (zone) {
    const ms = Date.UTC(y, mo, d, time.h, time.m, time.s) - zone.offset * 60_000;
    return toLocalIso(new Date(ms));
  }
  return toLocalIso(new Date(y, mo, d, time.h, time.m, time.s));
}

/** A machine date (datetime attribute, meta content) as local ISO; null when it is not one. */
export function machineDateToIso(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/.test(v)) return null;
  const exact = parseDisplayedDate(v);
  if (exact) return exact;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : toLocalIso(d);
}
