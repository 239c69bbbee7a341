// The words that ask a parent for a missing school year's term dates: beside a date the analysis
// could not place ("after half term" in an email from a year the calendar does not cover) and on
// the child's timeline, once per year. The link text and the rest of the sentence are apart so a
// page can make the first part the link to the term dates. Pure: unit-tested in Node.

import { addTermDatesFor } from '@/lib/findings/words';

/** How many of a year's words a notice quotes before "and 2 more". */
export const WORDS_QUOTED = 3;

/** The link's words: "Add term dates for 2022–23". Read out alone, they still say where they go. */
export function termDatesLinkText(year: string): string {
  return addTermDatesFor(year);
}

/** “after half term”, “end of term” and “next term”; past `max`, “a”, “b”, “c” and 2 more. */
export function quotedWords(words: readonly string[], max = WORDS_QUOTED): string {
  const quoted = words.slice(0, max).map((w) => `“${w}”`);
  const more = words.length - quoted.length;
  if (more > 0) return `${quoted.join(', ')} and ${more} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** A mark's short label for such a date, read out with its words: "Date: needs the term dates for 2022–23". */
export function markDescription(kindName: string, year: string): string {
  return `${kindName}: needs the term dates for ${year}`;
}

/** After the link, beside one date in a message: " to place “after half term”." */
export function recordLineRest(words: string): string {
  return ` to place “${words}”.`;
}

/** "1 email", "3 emails". */
export function emailCount(n: number): string {
  return n === 1 ? '1 email' : `${n} emails`;
}

/** After the link, on the timeline: " to place “after half term” and “end of term” (3 emails)." */
export function timelineNoticeRest(words: readonly string[], emails: number): string {
  return ` to place ${quotedWords(words)} (${emailCount(emails)}).`;
}

/** The whole line beside a date, as one sentence. */
export function recordLine(year: string, words: string): string {
  return termDatesLinkText(year) + recordLineRest(words);
}

/** The whole timeline notice, as one sentence. */
export function timelineNotice(year: string, words: readonly string[], emails: number): string {
  return termDatesLinkText(year) + timelineNoticeRest(words, emails);
}

/** What the group of timeline notices is called, for a screen reader's list of regions. */
export const TERM_YEAR_REGION_LABEL = 'School years with no term dates';
