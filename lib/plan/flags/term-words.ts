// The term words in a promise the calendar could not place ("we will review this after half term"
// in an email from a school year with no term dates): the flag asks for that year's dates "to place
// “after half term”". The analysis's own date finding inside the promise gives the words when the
// set holds it; otherwise they are read from the promise, and when neither finds them the flag
// speaks of the promise as a whole. Pure; linear time (each alternative is a fixed word, and a
// failed start gives up after one run of spaces).

import type { StoredFinding } from '@/lib/model/finding';

type DateFindingRecord = Extract<StoredFinding, { kind: 'date' }>;

// "after half term", "by the end of term", "before the Easter holidays", "in the summer term".
// Not "long term" or "short-term", which are not times the school's calendar places.
const TERM_WORDS = new RegExp(
  String.raw`(?<![a-z-])(?<!\b(?:long|short|medium)[\s-])(?:(?:before|after|by|until|till|over|during|from|at|for|in|around|towards)\s+)?` +
    String.raw`(?:the\s+)?(?:(?:end|start|beginning|middle|rest|half)\s+of\s+(?:the\s+)?)?` +
    String.raw`(?:(?:next|this|last|coming|following|new|autumn|spring|summer|october|february|may|christmas|easter|first|second|1st|2nd)\s+)?` +
    String.raw`(?:half[\s-]*term|term|holidays?)(?![a-z-])`,
  'i',
);

/** The first term phrase in a promise's words, on one line; null when there is none. */
export function termWordsIn(text: string): string | null {
  const found = TERM_WORDS.exec(text);
  return found ? found[0].replace(/\s+/g, ' ').trim() : null;
}

/** Date findings with a missing term year, by record, for finding the one inside a promise. */
export function unplacedDatesByRecord(findings: readonly StoredFinding[]): Map<string, DateFindingRecord[]> {
  const byRecord = new Map<string, DateFindingRecord[]>();
  for (const f of findings) {
    if (f.kind !== 'date' || !f.missingTermYear || f.date) continue;
    const list = byRecord.get(f.recordId);
    if (list) list.push(f);
    else byRecord.set(f.recordId, [f]);
  }
  return byRecord;
}

/** The promise's term words: the analysis's unplaced date inside it, else read from its words. */
export function promiseTermWords(
  promise: Pick<StoredFinding, 'recordId' | 'start' | 'end' | 'text'>,
  unplaced: ReadonlyMap<string, readonly DateFindingRecord[]>,
): string | null {
  const inside = unplaced.get(promise.recordId)?.find((d) => d.start >= promise.start && d.end <= promise.end);
  const words = inside?.text.replace(/\s+/g, ' ').trim();
  return words || termWordsIn(promise.text);
}
