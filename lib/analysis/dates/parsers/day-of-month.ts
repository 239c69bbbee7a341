// "on the 14th", "Tuesday the 14th", "Thursday 16th": a day of the month with no month named.

import type { Parser, ParsingContext } from 'chrono-node';
import { ORDINAL_NOUNS } from '@/lib/analysis/dates/phrases';
import { RULE_TAG, startsWord } from '@/lib/analysis/dates/parsers/rule-parser';

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "Monday the 10th of March": the month, when it follows; group 1: the month, group 2: a year.
const MONTH_AFTER = /^(?:\s+of)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+(\d{4}))?(?![\p{L}\p{N}_])/iu;
const NOUN_AFTER = new RegExp(`^\\s+(?:${ORDINAL_NOUNS.map((w) => w.replace(/'/g, "'")).join('|')})\\b`, 'i');

// group 1: weekday; group 2: day number. Either a weekday or a preposition must lead in.
const PATTERN =
  /(?:(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|weds?|thur?s?|fri|sat)\.?,?\s+(?:the\s+)?|(?:on|by|from|until|till|before|after|since|starting|of|for|and|to)\s+the\s+)([0-3]?\d)(?:st|nd|rd|th)(?![\p{L}\p{N}_])/iu;

export const dayOfMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 40);
    const month = MONTH_AFTER.exec(after);
    // Without a weekday, chrono reads "the 10th of March" itself.
    if (month && !match[1]) return null;
    if (!month && NOUN_AFTER.test(after)) return null;
    const day = Number(match[2]);
    if (!(day >= 1 && day <= 31)) return null;
    const components: Record<string, number> = { day };
    const wd = match[1] ? WEEKDAYS[match[1].toLowerCase()] : undefined;
    if (wd !== undefined) components.weekday = wd;
    if (month) {
      components.month = MONTHS.indexOf(month[1]!.slice(0, 3).toLowerCase()) + 1;
      if (month[2]) components.year = Number(month[2]);
      // A full date: resolved like chrono's own, so no rule tag.
      return context.createParsingResult(index, match[0] + month[0], components);
    }
    // "of the 13th", "and the 14th": the span starts at "the", so "the morning of" and lists stay outside it.
    const joiner = match[1] ? null : /^(?:of|for|and|to)\s+/i.exec(match[0]);
    const skip = joiner ? joiner[0].length : 0;
    const result = context.createParsingResult(index + skip, match[0].slice(skip), components);
    result.addTag(RULE_TAG + 'dayOfMonth');
    return result;
  },
};
