// Finding a child's name in an email as a name, not as a word: "Amelia", "Amelia’s", "JONES", but
// not "will" or "May" in a date, not "Mrs Jones" (an adult), and not "Amelia-Rose" (another child).
import { MONTH_WORD_NAMES, SEASON_WORD_NAMES, TIME_WORDS_AFTER, TIME_WORDS_BEFORE, WORD_NAMES } from '@/lib/plan/assign/word-names';

const WORD = new Set(WORD_NAMES);
const MONTH = new Set(MONTH_WORD_NAMES);
const SEASON = new Set(SEASON_WORD_NAMES);

const TIME_BEFORE = new RegExp(
  String.raw`(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?|\b(?:${TIME_WORDS_BEFORE.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|')}))[\s-]+$`,
  'i',
);
const TIME_AFTER = new RegExp(String.raw`^[\s-]+(?:\d|(?:${TIME_WORDS_AFTER.join('|')})\b)`, 'i');
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.?\s+)?$/;
const SENTENCE_START = /(?:^|[.!?:;]["”’)]?|\n|[-•*]|["“(])\s*$/;
const POSSESSIVE = /^['’]s\b/;
// Same line only: a name at the end of a line is followed by the sign-off, not a surname.
const NEXT_CAPITALISED = /^[ \t]+(\p{Lu}[\p{L}'’-]+)/u;

export interface NameSearch {
  /** Another capitalised word straight after the name is a different child's surname ("Amelia Smith"), unless it is this. */
  surname?: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** Whether this occurrence is the name, judged on the words either side. */
function isNameHere(text: string, start: number, end: number, name: string, search: NameSearch): boolean {
  const found = text.slice(start, end);
  if (!isCapitalised(found)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (TITLE_BEFORE.test(before)) return false;
  const key = name.toLowerCase();
  if (WORD.has(key)) {
    // "MAY" in a shouted heading is the word; a child's name is written as a name.
    if (found !== name.charAt(0).toUpperCase() + name.slice(1)) return false;
    if (SENTENCE_START.test(before) && !POSSESSIVE.test(after)) return false;
  }
  if ((MONTH.has(key) || SEASON.has(key)) && (TIME_BEFORE.test(before) || TIME_AFTER.test(after))) return false;
  if (search.surname !== undefined) {
    const next = NEXT_CAPITALISED.exec(after)?.[1];
    if (next && next.toLowerCase() !== search.surname.toLowerCase() && !/^I['’](?:m|ve|ll|d)$/.test(next)) return false;
  }
  return true;
}

/** Where the name first appears as a name in text, or -1. Case of the rest of the name is free ("JONES"). */
export function findName(text: string, name: string, search: NameSearch = {}): number {
  const trimmed = name.trim();
  if (trimmed.length < 2) return -1;
  const source = escape(trimmed).replace(/\s+/g, String.raw`\s+`);
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\p{L}[-'’])${source}(?![\p{L}\p{N}])(?!-\p{L})`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isNameHere(text, m.index, m.index + m[0].length, trimmed, search)) return m.index;
  }
  return -1;
}
