// A letter's own date: the line near the top that is only a date ("12 March 2026", "Thursday 12th
// March 2026", "Date: 12/03/2026"), before the greeting. A date inside a sentence ("the meeting on
// 12 March 2026 …") or under another label ("Date of birth: …") is not the letter's date.
import { makeDay, type IsoDay } from '@/lib/calendar/day';
import { GREETINGS, LETTER_DATE_LABELS, LETTER_YEARS, OTHER_DATE_LABELS, TOP_LINES, WEEKDAYS } from '@/lib/import/letter/letter-words';
import { alternation } from '@/lib/import/letter/word-pattern';
import { MONTH_NUMBERS as MONTHS } from '@/lib/calendar/day';

export interface LetterDate {
  /** The day the letter gives, YYYY-MM-DD. */
  iso: IsoDay;
  /** The date line as the letter writes it ("Thursday 12 March 2026", "Date: 12/03/2026"). */
  line: string;
}

const MONTH = `(${alternation(Object.keys(MONTHS))})\\.?`;
const DAY = '(\\d{1,2})\\s?(?:st|nd|rd|th)?';
const WEEKDAY = `(?:(?:${alternation(WEEKDAYS)})\\.?,?\\s+)?`;
const END = '\\.?';

const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${END}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})${END}$`, 'i');
/** Numbers are day first, as English letters write them: 05/02/2026 is 5 February. */
const NUMERIC = new RegExp(`^${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${END}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const LABEL = new RegExp(`^(${alternation(LETTER_DATE_LABELS)})\\s*[:.\\-–]?\\s+(.+)$|^(${alternation(LETTER_DATE_LABELS)})\\s*:\\s*(.+)$`, 'i');
/**
 * "Our ref: SEND/2026/0412   Date: 05/02/2026": a labelled date closing a line that holds another
 * labelled field before it (so "Review date: …" is not read as "date: …").
 */
const LABEL_AT_END = new RegExp(`^[^:]{1,40}:.*?\\s((?:${alternation(LETTER_DATE_LABELS)})\\s*:\\s*(\\S.*))$`, 'i');
/** Any other "Something:" label in front of the date. */
const OTHER_LABEL = /^[^:]{1,40}:/;
const OTHER_LABEL_ALONE = new RegExp(`^(?:${alternation(OTHER_DATE_LABELS)})\\s*:?$|^[^:]{1,40}:$`, 'i');
const LETTER_LABEL_ALONE = new RegExp(`^(?:${alternation(LETTER_DATE_LABELS)})\\s*:?$`, 'i');
const GREETING = new RegExp(`^(?:${alternation(GREETINGS)})\\b`, 'i');

/** The day a date-only text names, or null ("12 March 2026" → 2026-03-12). */
export function parseDateOnly(text: string): IsoDay | null {
  const t = text.replace(/\s+/g, ' ').trim();
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) return plausibleDay(Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return plausibleDay(Number(m[3]), MONTHS[m[1]!.toLowerCase()], Number(m[2]));
  m = NUMERIC.exec(t);
  if (m) return plausibleDay(fullYear(m[4]!), Number(m[3]), Number(m[1]));
  m = ISO.exec(t);
  if (m) return plausibleDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function plausibleDay(year: number, month: number | undefined, day: number): IsoDay | null {
  if (month === undefined || year < LETTER_YEARS.from || year > LETTER_YEARS.to) return null;
  return makeDay(year, month, day);
}

/** The letter's date if this one line is its date line. */
function dateOfLine(line: string): LetterDate | null {
  const whole = parseDateOnly(line);
  if (whole) return { iso: whole, line };
  const labelled = LABEL.exec(line);
  if (labelled) {
    const iso = parseDateOnly(labelled[2] ?? labelled[4] ?? '');
    return iso ? { iso, line } : null;
  }
  if (OTHER_LABEL.test(line) && !LABEL_AT_END.test(line)) return null;
  const atEnd = LABEL_AT_END.exec(line);
  if (atEnd) {
    const iso = parseDateOnly(atEnd[2]!);
    return iso ? { iso, line: atEnd[1]!.trim() } : null;
  }
  return null;
}

/** The letter's own date line near its top, or null when it has none. */
export function letterDate(text: string): LetterDate | null {
  const lines = topLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (GREETING.test(line)) return null;
    const previous = i > 0 ? lines[i - 1]! : '';
    const found = dateOfLine(line);
    if (found) {
      // "Date of birth:" on one line and its value on the next, as tables come out of a PDF.
      const underOtherLabel = OTHER_LABEL_ALONE.test(previous) && !LETTER_LABEL_ALONE.test(previous);
      if (underOtherLabel && found.line === line && !LABEL.test(line)) continue;
      return found;
    }
  }
  return null;
}

/** The first TOP_LINES non-empty lines, trimmed, with runs of spaces made one. */
export function topLines(text: string, count = TOP_LINES): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line === '') continue;
    lines.push(line);
    if (lines.length >= count) break;
  }
  return lines;
}
