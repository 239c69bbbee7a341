// Content words of a text reduced to rough stems, so "reading", "reads" and "read" meet. A light
// suffix trim rather than a full stemmer: both sides go through the same trim, and the only aim is
// overlap between an email and a short plan item.
import { STOP_WORDS } from '@/lib/plan/linking/stop-words';

const STOP = new Set(STOP_WORDS);
// Hyphens split: "calm-down" in a plan meets "calm down" in an email.
const WORD = /\p{L}[\p{L}'’]*/gu;

/** A rough stem: "strategies" → "strategy", "reading" → "read", "calmer" → "calm", "writes" → "writ". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'er', 'ly']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      // "sitting" → "sitt" → "sit"
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // "write" and "writing" both end as "writ".
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Stem → the first word that gave it, as written: the reason shows the words, not the stems. */
export function keywords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’]+$/, '');
    if (word.length < 3 || STOP.has(word.toLowerCase())) continue;
    const s = stem(word);
    if (s.length < 3 || STOP.has(s)) continue;
    if (!out.has(s)) out.set(s, word);
  }
  return out;
}
