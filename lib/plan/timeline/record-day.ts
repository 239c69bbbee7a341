// The day a saved record belongs to. localDayOf keeps the day as the instant was written, which is
// right for a sent time written with the sender's offset (the analysis resolves "tomorrow" from that
// day too). A time written in UTC ("...Z", as capturedAt always is) is moved to UK time first: an
// email saved at 23:30 UTC on 30 June was saved on 1 July for a parent in England.

import { addDays, isIsoDay, localDayOf, type IsoDay } from '@/lib/calendar/day';
import { ukClockChangeDays } from '@/lib/calendar/uk-summer-time';
import type { RecordHead } from '@/lib/model/record-head';
import { boundedMemo } from '@/lib/util/bounded-memo';

const INSTANT = /^(\d{4})-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const UTC_OFFSET = /^(?:Z|[+-]00:?00)$/i;

/** Each year's British Summer Time, as "YYYY-MM-DDTHH:MM" in UTC so it compares with the instant's text. */
const summerTime = boundedMemo((year: number): { from: string; until: string } | null => {
  const days = ukClockChangeDays(year);
  return days ? { from: `${days.starts}T01:00`, until: `${days.ends}T01:00` } : null;
}, 1_000);
/** Whether a "YYYY-MM-DD" is a real day: a timeline has thousands of records but far fewer days. */
const isRealDay = boundedMemo((day: string): boolean => isIsoDay(day), 100_000);

/** The UK calendar day of an ISO 8601 instant (see above); null when it cannot be read. */
export function ukDayOf(instant: string): IsoDay | null {
  const parts = INSTANT.exec(instant);
  if (!parts) return localDayOf(instant); // a bare day, or spaces around it
  const day = instant.slice(0, 10);
  if (!isRealDay(day)) return null;
  if (parts[4] === undefined || !UTC_OFFSET.test(parts[4]) || parts[2] !== '23') return day;
  const bst = summerTime(Number(parts[1]));
  const hhmm = `${day}T23:${parts[3]}`;
  return bst && bst.from <= hhmm && hhmm < bst.until ? addDays(day, 1) : day;
}

/** The day a record was sent, or else saved: where it goes on the timeline. */
export function recordDayOf(head: Pick<RecordHead, 'sentAt' | 'capturedAt'>): IsoDay | null {
  return (head.sentAt ? ukDayOf(head.sentAt) : null) ?? ukDayOf(head.capturedAt);
}
