// chrono-node's British English parser (day-first numeric dates), cloned and extended with our
// own parsers for "the 14th" and numeric dates, and beside it our phrase rules for term words, weeks
// and months and counted days. Built once.

// English only: chrono is free of side effects, so the bundler leaves its other languages out.
import { en as chronoEn } from 'chrono-node';
import type * as chrono from 'chrono-node';
import { PERIOD_PHRASES, RELATIVE_PHRASES, TERM_PHRASES } from '@/lib/analysis/dates/phrases';
import { chronoFilter } from '@/lib/analysis/dates/refiners/chrono-filter';
import { dayOfMonthParser } from '@/lib/analysis/dates/parsers/day-of-month';
import { numericDateParser } from '@/lib/analysis/dates/parsers/numeric-date';
import { keywordGate } from '@/lib/analysis/dates/parsers/keyword-gate';
import { ruleMatcher, type RuleMatch } from '@/lib/analysis/dates/parsers/rule-parser';

// chrono parsers whose every result our filter drops (durations, times alone, "now", "end of the
// month"), known by their patterns: running them only costs time, and some are slow on long runs of
// digits. Class names would not survive minification; if chrono changes, they simply stay, filtered.
// chrono's slash-date parser is replaced by parsers/numeric-date.ts.
const UNWANTED_PATTERN = [
  'qtr', 'overmorrow', 'midnight', '(?:last\\s+day|end)\\s+of', 'at\\s*night',
  '([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})',
];

function sourceOf(parser: chrono.Parser): string {
  try {
    const probe = { option: {}, text: '', refDate: new Date(0) } as unknown as chrono.ParsingContext;
    return parser.pattern(probe).source;
  } catch {
    return '';
  }
}

function isUnwanted(parser: chrono.Parser): boolean {
  const source = sourceOf(parser);
  return UNWANTED_PATTERN.some((marker) => source.includes(marker));
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WEEKDAY_WORDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'];
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const PHRASE_RULES = [...TERM_PHRASES, ...PERIOD_PHRASES, ...RELATIVE_PHRASES];

export interface BritishDates {
  chrono: chrono.Chrono;
  /** Our phrase rules' matches in a text, rule by rule, for chrono.parse's options (OursOption). */
  ruleMatches(text: string): RuleMatch[];
}

function build(): BritishDates {
  const gate = keywordGate([...PHRASE_RULES.flatMap((p) => p.keywords), ...DIGITS, ...WEEKDAY_WORDS, ...MONTH_WORDS]);
  // chrono's weekday parser matches only where a weekday's name (or "weekend", "weekday") is; its
  // month-name parsers only where a month's name or a digit is (known by their dictionaries in the
  // pattern, "weekend|weekday" and "september"). Any other parser runs everywhere.
  const gateChrono = (parser: chrono.Parser): chrono.Parser => {
    const source = sourceOf(parser);
    if (source.includes('weekend|weekday')) return gate.gate(parser, WEEKDAY_WORDS);
    if (source.includes('september')) return gate.gate(parser, [...MONTH_WORDS, ...DIGITS]);
    return parser;
  };
  const gb = chronoEn.GB.clone();
  // Ours first: on a tie in length, chrono keeps the result found first.
  gb.parsers = [
    gate.gate(dayOfMonthParser, DIGITS),
    gate.gate(numericDateParser, DIGITS),
    ...gb.parsers.filter((p) => !isUnwanted(p)).map(gateChrono),
  ];
  // Before chrono's own refiners merge anything, drop what we never want from chrono.
  gb.refiners.unshift(chronoFilter);
  const rules = PHRASE_RULES.map((p) => ({ keywords: p.keywords, find: ruleMatcher(p.rule, p.patterns) }));
  return {
    chrono: gb,
    ruleMatches: (text) => rules.flatMap((r) => (gate.holdsAny(text, r.keywords) ? r.find(text) : [])),
  };
}

let instance: BritishDates | null = null;

export function britishDates(): BritishDates {
  instance ??= build();
  return instance;
}
