// Lexicon rules shared by the phrase detectors (vague wording, warnings): a pattern, plus guards
// on the words just before and after it that cancel a match.
import { ignoreAsciiCase } from '@/lib/analysis/text/ascii-case';

export interface PhraseRule {
  /** Regular-expression source; ASCII letters match in either case, classes stay as written. */
  pattern: string;
  /** Cancels the match when the 40 characters before it fit (source, tested with 'i'). */
  notBefore?: string;
  /** Cancels the match when the 40 characters after it fit (source, tested with 'i'). */
  notAfter?: string;
}

interface CompiledRule<R> {
  rule: R;
  pattern: RegExp;
  notBefore: RegExp | null;
  notAfter: RegExp | null;
}

export interface PhraseMatch<R> {
  rule: R;
  /** Offsets into the text searched. */
  start: number;
  end: number;
  cue: string;
}

const GUARD_WINDOW = 40;

export function compilePhraseRules<R extends PhraseRule>(rules: readonly R[]): CompiledRule<R>[] {
  return rules.map((rule) => ({
    rule,
    pattern: new RegExp(ignoreAsciiCase(rule.pattern), 'g'),
    notBefore: rule.notBefore ? new RegExp(rule.notBefore, 'i') : null,
    notAfter: rule.notAfter ? new RegExp(rule.notAfter, 'i') : null,
  }));
}

/**
 * Every match of every rule that its guards let through, rule by rule. At most `max`: a pasted
 * run-on "sentence" of junk can repeat a cue without end.
 */
export function* phraseMatches<R>(compiled: readonly CompiledRule<R>[], text: string, max: number): Generator<PhraseMatch<R>> {
  let count = 0;
  for (const { rule, pattern, notBefore, notAfter } of compiled) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (count >= max) return;
      const start = m.index;
      const end = start + m[0].length;
      if (notBefore && notBefore.test(text.slice(Math.max(0, start - GUARD_WINDOW), start))) continue;
      if (notAfter && notAfter.test(text.slice(end, end + GUARD_WINDOW))) continue;
      count++;
      yield { rule, start, end, cue: m[0] };
    }
  }
}
