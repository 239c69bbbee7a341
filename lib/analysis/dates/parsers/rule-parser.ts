// Our phrase rules (phrases.ts): each finds its words and names the rule; refiners/resolve.ts works
// out the day from the rule, sentAt and the calendar. They run beside chrono, not inside it: a match
// needs no chrono result object (the costly part of a chrono parser), and chronoFilter
// (refiners/chrono-filter.ts) takes them into account as if chrono had found them.

export const RULE_TAG = 'onrecord/rule=';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True when text[index] starts a word (is not preceded by a letter or digit). */
export function startsWord(text: string, index: number): boolean {
  return index <= 0 || !WORD_CHAR.test(text[index - 1]!);
}

/** One regular expression for a list of alternatives, whole words, case-insensitive. */
export function compileAlternatives(patterns: readonly string[]): RegExp {
  return new RegExp(`(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

/** One phrase rule's match in a piece of text. */
export interface RuleMatch {
  index: number;
  text: string;
  rule: string;
  /** A rule ending in "*" records its first capture group (a season, a month, a count). */
  arg: string | null;
  /** The second capture group, when present (a unit). */
  unit: string | null;
}

/**
 * The matches of one rule in a text, found the way chrono runs a parser: after a match, the search
 * goes on in the rest of the text after it; after a match that does not start a word, from the next
 * character.
 */
export function ruleMatcher(rule: string, patterns: readonly string[]): (text: string) => RuleMatch[] {
  const name = rule.replace(/\*$/, '');
  const withArg = rule.endsWith('*');
  // Each alternative gets its own groups; only one alternative matches, so the first defined
  // group after group 0 is the argument.
  const pattern = compileAlternatives(patterns);
  return (text) => {
    const out: RuleMatch[] = [];
    let from = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text.substring(from))) {
      const index = m.index + from;
      if (!startsWord(text, index)) {
        from = index + 1;
        continue;
      }
      // The first two groups that took part in the match.
      let first: string | undefined;
      let second: string | undefined;
      for (let g = 1; g < m.length && second === undefined; g++) {
        if (m[g] === undefined) continue;
        if (first === undefined) first = m[g];
        else second = m[g];
      }
      out.push({
        index,
        text: m[0],
        rule: name,
        arg: withArg && first ? first.toLowerCase() : null,
        unit: second ? second.toLowerCase() : null,
      });
      from = index + m[0].length;
    }
    return out;
  };
}

/** Reads a tag value written by a parser (dayOfMonth's rule tag). */
export function tagValue(tags: ReadonlySet<string>, prefix: string): string | null {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}
