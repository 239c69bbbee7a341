// Pure helpers for showing saved records to parents: dates in British English, short labels and
// snippets. No React and no extension APIs, so they are unit-tested in Node.
import { CAPTURE_KINDS, type CaptureKind, type Person } from '@/lib/model/captured-item';
import { isIsoDay } from '@/lib/calendar/day';
import { shortDay, weekdayName } from '@/lib/calendar/day-words';

const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

function partsFormat(timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-GB', timeZone ? { ...DATE_OPTIONS, timeZone } : DATE_OPTIONS);
}

/**
 * "Tue 13 May 2026, 23:02" in the browser's local time (or the given zone). Returns an empty
 * string for a missing or unreadable date, so callers can fall back to other wording.
 */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** A machine-readable value for <time dateTime>: the ISO string when it parses, else undefined. */
export function machineDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  return Number.isNaN(new Date(iso).getTime()) ? undefined : iso;
}

/**
 * When a record was sent, for showing. A letter is dated by its day alone ("Mon 2 Mar 2026", the
 * day written in it, never shifted by a time zone); an email or page by day and time.
 */
export function formatSentAt(record: { kind: CaptureKind; sentAt: string | null }): string {
  if (record.kind !== 'letter') return formatDateTime(record.sentAt);
  const day = record.sentAt?.slice(0, 10) ?? '';
  return isIsoDay(day) ? `${weekdayName(day).slice(0, 3)} ${shortDay(day)}` : '';
}

export function kindLabel(kind: CaptureKind): string {
  return CAPTURE_KINDS[kind] ?? 'Item';
}

export const NO_SUBJECT = '(no subject)';

export function subjectOrPlaceholder(subject: string | null | undefined): string {
  const trimmed = (subject ?? '').replace(/\s+/g, ' ').trim();
  return trimmed || NO_SUBJECT;
}

/** First `max` characters of the text on one line, cut at a word and ended with "…". */
export function snippet(text: string | null | undefined, max = 140): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // One character more, so a word ending exactly at `max` is kept whole.
  const lastSpace = flat.slice(0, max + 1).lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? flat.slice(0, lastSpace) : flat.slice(0, max);
  return `${base.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** "Mrs Anita Patel" or, when the page showed no name, the address; empty when neither. */
export function personName(person: Person | null | undefined): string {
  if (!person) return '';
  return person.name.trim() || person.address.trim();
}

/** "Mrs Anita Patel <a.patel@school.org.uk>", or whichever half the page showed. */
export function personFull(person: Person | null | undefined): string {
  if (!person) return '';
  const name = person.name.trim();
  const address = person.address.trim();
  if (name && address && name.toLowerCase() !== address.toLowerCase()) return `${name} <${address}>`;
  return name || address;
}

export function peopleList(people: readonly Person[] | null | undefined): string {
  return (people ?? []).map(personFull).filter(Boolean).join(', ');
}

/** The site a page was saved from, e.g. "www.arbor-education.com"; empty for a bad URL. */
export function siteName(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Who a row is "from": the sender, else the site a page or passage came from. */
export function sourceLabel(record: { from: Person | null; url: string }): string {
  return personName(record.from) || siteName(record.url);
}

/** Only web addresses are offered as links; anything else is shown as text. */
export function isWebLink(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A starting height in pixels for the sandboxed message frame, which the panel cannot measure
 * (the frame is a separate, opaque origin). Roughly fits short messages; long ones scroll.
 */
export function estimateFrameHeight(text: string | null | undefined, charsPerLine = 42, lineHeight = 27): number {
  const lines = (text ?? '').split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return Math.min(640, Math.max(180, lines * lineHeight + 48));
}
