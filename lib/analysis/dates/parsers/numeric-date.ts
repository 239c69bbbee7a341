// Day-first numeric dates, the British way: "3/4" and "03/04/2025" are 3 April, "10.03.2025" is
// 10 March. Replaces chrono's slash parser, which swaps day and month when the month is over 12
// ("3/25") and scans the whole text before each match (slow on long runs of digits).

import type { Parser, ParsingContext } from 'chrono-node';

// group 1: day, 2: separator, 3: month, 4: year
const PATTERN = /([0-3]?\d)([/.-])([01]?\d)(?:\2(\d{4}|\d{2}))?(?![\d/])/;

export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    const text = context.text;
    const before = index > 0 ? text[index - 1]! : '';
    if (/[\d/.\-\p{L}]/u.test(before)) return null;
    const end = index + match[0].length;
    // "1.5.2" and "3.30pm" are not dates.
    if (/^[.\-]\d/.test(text.slice(end, end + 2)) || /^\s*(?:am|pm)\b/i.test(text.slice(end, end + 4))) return null;
    const day = Number(match[1]);
    const month = Number(match[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    const components: Record<string, number> = { day, month };
    if (match[4]) {
      const y = Number(match[4]);
      components.year = match[4].length === 2 ? 2000 + y : y;
    } else if (match[2] !== '/') {
      // "2-3 times", "12.5 hours": only slashes make a date without a year.
      return null;
    }
    return context.createParsingResult(index, match[0], components);
  },
};
