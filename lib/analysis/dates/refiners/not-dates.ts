// Drops what the guidelines say is not a date: frequencies ("every Tuesday", "on Thursday
// afternoons"), weekday ranges ("Monday to Wednesday"), periods counted from another event
// ("within six weeks of receiving"), fractions and scores ("3/4 of the class"), and words that
// only look like dates ("sat", "mar").

import { isWeekdayOnly, textOf, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import {
  COUNTED_FROM_OTHER_EVENT,
  FREQUENCY_AFTER,
  FREQUENCY_BEFORE,
  NUMERIC_NOT_DATE_AFTER,
  NUMERIC_NOT_DATE_BEFORE,
} from '@/lib/analysis/dates/phrases';

const WD = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?';
const TIME_WORD = '(?:morning|afternoon|evening|lunchtime|night)s?';
// "every Monday, Wednesday and ": a frequency word, then a list of weekdays, ending where the candidate starts.
const FREQUENCY_LIST = new RegExp(
  `\\b(?:${FREQUENCY_BEFORE.join('|')})\\s+(?:${WD}(?:\\s+${TIME_WORD})?\\s*(?:,|and|or|&|\\/)\\s*)*(?:on\\s+)?$`,
  'i',
);
const PLURAL_AFTER = new RegExp(`^(?:s\\b|\\s+(?:${FREQUENCY_AFTER.join('|')})\\b)`, 'i');
// "on Monday, Wednesday and Friday mornings": a list of weekdays whose last one is plural is a frequency throughout.
const LIST_THEN_PLURAL = new RegExp(`^(?:\\s*(?:,|and|or|&|\\/)\\s*${WD}){1,6}(?:s\\b|\\s+(?:${FREQUENCY_AFTER.join('|')})\\b)`, 'i');
const COUNTED_FROM = new RegExp(COUNTED_FROM_OTHER_EVENT, 'i');
const NUMERIC_BEFORE = new RegExp(NUMERIC_NOT_DATE_BEFORE, 'i');
const NUMERIC_AFTER = new RegExp(NUMERIC_NOT_DATE_AFTER, 'i');
const NUMERIC_NO_YEAR = /^\d{1,2}([/.-])\d{1,2}$/;
const LOWER_ABBREVIATION = /^(?:on\s+)?(?:sat|sun|mon|wed|mar|jan|jun|jul|aug|sep|oct|nov|dec|feb|apr)$/;
const LOWER_MONTH_ALONE = /^(?:march|may|august)$/;

const EVERY_BEFORE = /\b(?:every|each|alternate)\s+$/i;

function isFrequency(env: DateEnv, c: Candidate, text: string): boolean {
  if (EVERY_BEFORE.test(env.body.slice(Math.max(0, c.start - 12), c.start))) return true;
  if (c.known.weekday === undefined || c.known.day !== undefined) return false;
  const before = env.body.slice(Math.max(0, c.start - 80), c.start);
  if (FREQUENCY_LIST.test(before)) return true;
  const after = env.body.slice(c.end, c.end + 90);
  return (PLURAL_AFTER.test(after) || LIST_THEN_PLURAL.test(after)) && text.length > 0;
}

function isNumericNonsense(env: DateEnv, c: Candidate, text: string): boolean {
  const m = NUMERIC_NO_YEAR.exec(text);
  if (!m) return false;
  // "2-3 times", "12.5 hours": only slashes make a date without a year or a weekday.
  if (m[1] !== '/') return true;
  const before = env.body.slice(Math.max(0, c.start - 30), c.start);
  const after = env.body.slice(c.end, c.end + 30);
  if (/[\d/]$/.test(before) || /^\/?\d/.test(after)) return true;
  return NUMERIC_BEFORE.test(before) || NUMERIC_AFTER.test(after) || text === '24/7';
}

export function dropNotDates(env: DateEnv, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    const text = textOf(env, c);
    if (c.rule === 'countFromSent' && COUNTED_FROM.test(env.body.slice(c.end, c.end + 20))) return false;
    if (isFrequency(env, c, text)) return false;
    if (c.rule !== null) return true;
    if (c.range && isWeekdayOnly(c)) return false;
    if (isNumericNonsense(env, c, text)) return false;
    if (LOWER_ABBREVIATION.test(text)) return false;
    if (c.known.day === undefined && c.known.weekday === undefined && LOWER_MONTH_ALONE.test(text.replace(/^(?:in|on)\s+/i, ''))) return false;
    return true;
  });
}
