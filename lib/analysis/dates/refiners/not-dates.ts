// Drops what the guidelines say is not a date: frequencies ("every Tuesday", "on Thursday
// afternoons"), weekday ranges ("Monday to Wednesday"), periods counted from another event
// ("within six weeks of receiving"), fractions and scores ("3/4 of the class"), and words that
// only look like dates ("sat", "mar").

import { isWeekdayOnly, overlapping, textOf, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import {
  APPROXIMATE_AFTER,
  COUNTED_FROM_OTHER_EVENT,
  HABITUAL_BEFORE,
  OWNER_BEFORE_WEEKDAY,
  PLACEHOLDER_WORDS,
  PROCEDURE_PEOPLE,
  SECOND_PERSON,
  RECURRING_AFTER_WEEKDAY,
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

const PROCEDURE = new RegExp(PROCEDURE_PEOPLE, 'i');
const YOU = new RegExp(SECOND_PERSON, 'i');
const APPROXIMATE = new RegExp(APPROXIMATE_AFTER, 'i');
const RECURRING_NOUN = new RegExp(`^\\s+(?:${RECURRING_AFTER_WEEKDAY.join('|')})\\b`, 'i');
const OWNER_BEFORE = new RegExp(`\\b(?:${OWNER_BEFORE_WEEKDAY.join('|')})\\s+$`, 'i');
const LOWER_WORD_AFTER = /^\s+[a-z]/;
// A habit adverb earlier in the same clause (no sentence break between).
const HABIT_BEFORE = new RegExp(`\\b(?:${HABITUAL_BEFORE.join('|')})\\b[^.;!?]*$`, 'i');
const PLACEHOLDER = new RegExp(PLACEHOLDER_WORDS, 'i');
// A heading before a list of dates: "Summer term: April 28th – July 18th".
const LABEL_COLON = /^\s*:\s*/;
const GENERIC_SEASON = /^\s+months\b/i;

/** "the Friday provision", "Monday club", "our Tuesday sessions": a recurring thing named by its day. */
function isRecurringThing(env: DateEnv, c: Candidate, text: string): boolean {
  if (!isWeekdayOnly(c) || /^(?:on|by|from|this|next|last)\b/i.test(text)) return false;
  const after = env.body.slice(c.end, c.end + 30);
  if (RECURRING_NOUN.test(after)) return true;
  return OWNER_BEFORE.test(env.body.slice(Math.max(0, c.start - 8), c.start)) && LOWER_WORD_AFTER.test(after);
}

/** Inside a template placeholder: "[date]", "<insert date of meeting>", "[Monday xx/xx]". */
function isPlaceholder(env: DateEnv, c: Candidate): boolean {
  const before = env.body.slice(Math.max(0, c.start - 40), c.start);
  const open = Math.max(before.lastIndexOf('['), before.lastIndexOf('<'));
  if (open < 0 || /[\]>]/.test(before.slice(open))) return false;
  const after = env.body.slice(c.end, c.end + 40);
  const close = after.search(/[\]>]/);
  if (close < 0) return false;
  return PLACEHOLDER.test(before.slice(open + 1) + ' ' + after.slice(0, close));
}

const EVERY_BEFORE = /\b(?:every|each|alternate)\s+$/i;
// "once a half term", "twice per term": a frequency.
const PER_BEFORE = /\b(?:per|a)\s+$/i;

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

/** A period in a sentence that describes a procedure for people in general, not this email's reader. */
function isProcedure(env: DateEnv, c: Candidate): boolean {
  const sentence = env.body.slice(Math.max(c.sentenceStart, c.start - 300), Math.min(c.sentenceEnd, c.end + 300));
  return PROCEDURE.test(sentence) && !YOU.test(sentence);
}

/** A term or holiday name heading a list of days ("Half term break: 26th May – 30th May"). */
function isLabel(env: DateEnv, c: Candidate, sorted: readonly Candidate[]): boolean {
  if (c.rule !== 'span') return false;
  const colon = LABEL_COLON.exec(env.body.slice(c.end, c.end + 10));
  if (!colon) return false;
  const next = c.end + colon[0].length;
  return overlapping(sorted, next, next + 3).some((o) => o !== c && o.start >= next && o.known.day !== undefined);
}

/** "today (Friday)": a weekday in brackets only names the day just given; it is not another date. */
const GLOSS_BEFORE = /\b(?:today|tomorrow|yesterday)\s*\(\s*$/i;

export function dropNotDates(env: DateEnv, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  return candidates.filter((c) => {
    const text = textOf(env, c);
    if (c.rule === 'countFromSent' && COUNTED_FROM.test(env.body.slice(c.end, c.end + 20))) return false;
    if (c.rule === 'countFromSent' && isProcedure(env, c)) return false;
    if (c.rule === 'countFromSent' && APPROXIMATE.test(env.body.slice(c.end, c.end + 20))) return false;
    if (c.rule === 'span' && GENERIC_SEASON.test(env.body.slice(c.end, c.end + 10))) return false;
    if (isLabel(env, c, sorted)) return false;
    if (isPlaceholder(env, c)) return false;
    if (isFrequency(env, c, text)) return false;
    if (c.rule === 'span' && PER_BEFORE.test(env.body.slice(Math.max(0, c.start - 5), c.start))) return false;
    if (isRecurringThing(env, c, text)) return false;
    if (isWeekdayOnly(c) && GLOSS_BEFORE.test(env.body.slice(Math.max(0, c.start - 20), c.start)) && /^\s*\)/.test(env.body.slice(c.end, c.end + 3))) return false;
    if (isWeekdayOnly(c) && HABIT_BEFORE.test(env.body.slice(Math.max(c.sentenceStart, c.start - 80), c.start))) return false;
    if (c.rule !== null) return true;
    if (c.range && isWeekdayOnly(c)) return false;
    if (isNumericNonsense(env, c, text)) return false;
    if (LOWER_ABBREVIATION.test(text)) return false;
    if (c.known.day === undefined && c.known.weekday === undefined && LOWER_MONTH_ALONE.test(text.replace(/^(?:in|on)\s+/i, ''))) return false;
    return true;
  });
}
