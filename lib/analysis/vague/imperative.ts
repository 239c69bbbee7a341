// Does a clause open with an order ("Contact us as soon as possible", "Keep an eye on your
// messages")? compromise knows an imperative verb from a noun that looks like one ("Support is…"),
// but it is slow, so it reads only the first few words of a clause that holds a vague cue, and each
// answer is remembered (the same openings recur across a school's emails).
import nlp from 'compromise';
import { boundedMemo } from '@/lib/util/bounded-memo';
import { IMPERATIVE_LEAD } from '@/lib/analysis/vague/stance-lexicon';

/** Enough words to see the verb after "Please do also…". */
const OPENING_WORDS = 6;

interface TermJson {
  text: string;
  tags: string[];
}

const opensWithOrder = boundedMemo((opening: string): boolean => {
  const terms = (nlp(opening).json() as { terms: TermJson[] }[])[0]?.terms ?? [];
  for (const t of terms) {
    if (IMPERATIVE_LEAD.test(t.text)) continue;
    const tags = new Set(t.tags);
    if (tags.has('Modal') || tags.has('Auxiliary') || tags.has('Gerund') || tags.has('PastTense')) return false;
    return tags.has('Imperative') || (tags.has('Verb') && tags.has('Infinitive'));
  }
  return false;
}, 500);

/** The first few words of `clause`, without a bullet or list number, as compromise should read them. */
export function opensWithImperative(clause: string): boolean {
  const words = clause
    .replace(/^[\s\-•*–·]*(?:\d{1,2}[.)]\s*)?/, '')
    .split(/\s+/, OPENING_WORDS)
    .join(' ')
    .replace(/[^\w\s'’-]+/g, ' ')
    .trim();
  if (!/^[A-Za-z]/.test(words)) return false;
  return opensWithOrder(words);
}
