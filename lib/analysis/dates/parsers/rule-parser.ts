// A chrono-node parser for one of our phrase rules. It only finds the words and records the rule in
// the result's tags; refiners/resolve.ts works out the day from the rule, sentAt and the calendar.

import type { Parser, ParsingContext } from 'chrono-node';

export const RULE_TAG = 'onrecord/rule=';
export const ARG_TAG = 'onrecord/arg=';
export const UNIT_TAG = 'onrecord/unit=';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True when text[index] starts a word (is not preceded by a letter or digit). */
export function startsWord(text: string, index: number): boolean {
  return index <= 0 || !WORD_CHAR.test(text[index - 1]!);
}

/** One regular expression for a list of alternatives, whole words, case-insensitive. */
export function compileAlternatives(patterns: readonly string[]): RegExp {
  return new RegExp(`(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

/**
 * A parser that tags each match with `rule`; a rule ending in "*" also records the first capture
 * group (a season, month) and, when present, the second (a unit).
 */
export function ruleParser(rule: string, patterns: readonly string[]): Parser {
  const name = rule.replace(/\*$/, '');
  const withArg = rule.endsWith('*');
  // Each alternative gets its own groups; only one alternative matches, so the first defined
  // group after group 0 is the argument.
  const pattern = compileAlternatives(patterns);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (!startsWord(context.text, index)) return null;
      const result = context.createParsingResult(index, match[0]);
      result.addTag(RULE_TAG + name);
      const groups = match.slice(1).filter((g) => g !== undefined);
      if (withArg && groups[0]) result.addTag(ARG_TAG + groups[0].toLowerCase());
      if (groups[1]) result.addTag(UNIT_TAG + groups[1].toLowerCase());
      return result;
    },
  };
}

/** Reads a tag value written by ruleParser. */
export function tagValue(tags: ReadonlySet<string>, prefix: string): string | null {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}
