// The sentence splitter ends a sentence at every line break. Pasted policy pages and hard-wrapped
// letters break lines mid-sentence ("…reviewing progress; we\n\nwill do our best…"), and a promise
// may open a list ("they will:\n- Be given a slot…"). Commitments re-join such lines before reading
// a sentence, so its subject and its verb meet again. Linear: one pass over the sentence list.
import type { Sentence } from '@/lib/analysis/text/sentences';

/** A line that stops mid-sentence: no closing punctuation, and not a heading-like list of capitals. */
const OPEN_END = /[A-Za-z,;–—-]$/;
/** The next line carries on the sentence: it starts with a lower-case word. */
const CONTINUES = /^[a-z]/;
/** "…they will:" / "we shall:" — a future marker that opens a list. */
const MARKER_COLON = /\b(?:will|shall)\s*:$|['’]ll\s*:$/i;
/** "- Be given…", "• Have…": a list item that starts with a verb in capitals. */
const LIST_ITEM = /^[-•*–]\s*[A-Za-z][a-z]+\b/;

/** Longest run of lines joined into one sentence: keeps a page of lower-case lines bounded. */
const MAX_JOINED = 6;

export function joinWrapped(body: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  let joined = 0;
  // Inside a list that a marker opened: further items belong to the same promise while the items
  // before them end without a full stop (items that end in one are sentences of their own).
  let inList = false;
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const gap = prev ? body.slice(prev.end, s.start) : '';
    const oneBreak = /\n/.test(gap) && !/\S/.test(gap) && !/\n[ \t]*\n/.test(gap);
    const listItem: boolean = LIST_ITEM.test(s.text) && (MARKER_COLON.test(prev?.text ?? '') || (inList && oneBreak && /[A-Za-z,;]$/.test(prev?.text ?? '')));
    const wrapped = prev && joined < MAX_JOINED && /\n/.test(gap) && !/\S/.test(gap) && ((OPEN_END.test(prev.text) && CONTINUES.test(s.text)) || listItem);
    if (prev && wrapped) {
      out[out.length - 1] = { start: prev.start, end: s.end, text: body.slice(prev.start, s.end) };
      joined++;
      inList = listItem;
    } else {
      out.push(s);
      joined = 0;
      inList = false;
    }
  }
  return out;
}
