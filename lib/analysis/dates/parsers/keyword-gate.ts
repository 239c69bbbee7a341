// chrono runs every parser's pattern over every piece of text it is given, and most sentences name
// no term, holiday or month: a parser whose every match holds one of a few keywords is skipped,
// pattern unrun, on text holding none of them (keyword-scan.ts). It never changes a result.

import type { Parser, ParsingContext } from 'chrono-node';
import { holdsAll, keywordGroups, keywordScanner } from '@/lib/analysis/text/keyword-scan';

/** Matches nowhere, and fails at once: anchored at the start. */
const NEVER = /^(?!)/;

export interface KeywordGate {
  /** True when the text holds one of the keywords (each one of those the gate was made with). */
  holdsAny(text: string, keywords: readonly string[]): boolean;
  /** `parser`, run only on text holding one of `keywords`, the words every match of it holds. */
  gate(parser: Parser, keywords: readonly string[]): Parser;
}

/** A gate for these keywords: one scan per text, kept for the last text (chrono asks each parser in turn). */
export function keywordGate(keywords: readonly string[]): KeywordGate {
  const scanner = keywordScanner(keywords);
  let lastText: string | null = null;
  let found: Uint8Array = new Uint8Array(0);
  const keywordsIn = (text: string) => {
    if (text !== lastText) {
      found = scanner.scan(text);
      lastText = text;
    }
    return found;
  };
  const tester = (list: readonly string[]) => {
    const groups = keywordGroups(scanner, [list]);
    return (text: string) => holdsAll(keywordsIn(text), groups);
  };
  const testers = new Map<readonly string[], (text: string) => boolean>();
  return {
    holdsAny(text, list) {
      let test = testers.get(list);
      if (!test) testers.set(list, (test = tester(list)));
      return test(text);
    },
    gate(parser, list) {
      const holds = tester(list);
      return {
        pattern: (context: ParsingContext) => (holds(context.text) ? parser.pattern(context) : NEVER),
        extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
      };
    },
  };
}
