// chrono-node's British English parser (day-first numeric dates), cloned and extended with our
// own parsers for term words, weeks and months, counted days and "the 14th". Built once.

// English only: chrono is free of side effects, so the bundler leaves its other languages out.
import { en as chronoEn } from 'chrono-node';
import type * as chrono from 'chrono-node';
import { PERIOD_PHRASES, RELATIVE_PHRASES, TERM_PHRASES } from '@/lib/analysis/dates/phrases';
import { chronoFilter, restoreOurs } from '@/lib/analysis/dates/refiners/chrono-filter';
import { dayOfMonthParser } from '@/lib/analysis/dates/parsers/day-of-month';
import { numericDateParser } from '@/lib/analysis/dates/parsers/numeric-date';
import { ruleParser } from '@/lib/analysis/dates/parsers/rule-parser';

// chrono parsers whose every result our filter drops (durations, times alone, "now", "end of the
// month"), known by their patterns: running them only costs time, and some are slow on long runs of
// digits. Class names would not survive minification; if chrono changes, they simply stay, filtered.
// chrono's slash-date parser is replaced by parsers/numeric-date.ts.
const UNWANTED_PATTERN = [
  'qtr', 'overmorrow', 'midnight', '(?:last\\s+day|end)\\s+of', 'at\\s*night',
  '([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})',
];

function isUnwanted(parser: chrono.Parser): boolean {
  try {
    const probe = { option: {}, text: '', refDate: new Date(0) } as unknown as chrono.ParsingContext;
    const source = parser.pattern(probe).source;
    return UNWANTED_PATTERN.some((marker) => source.includes(marker));
  } catch {
    return false;
  }
}

function build(): chrono.Chrono {
  const gb = chronoEn.GB.clone();
  gb.parsers = gb.parsers.filter((p) => !isUnwanted(p));
  const ours = [...TERM_PHRASES, ...PERIOD_PHRASES, ...RELATIVE_PHRASES].map((p) => ruleParser(p.rule, p.patterns));
  // Ours first: on a tie in length, chrono keeps the result found first.
  gb.parsers.unshift(...ours, dayOfMonthParser, numericDateParser);
  // Before chrono's own refiners merge anything, drop what we never want from chrono.
  gb.refiners.unshift(chronoFilter);
  gb.refiners.push(restoreOurs);
  return gb;
}

let instance: chrono.Chrono | null = null;

export function britishChrono(): chrono.Chrono {
  instance ??= build();
  return instance;
}
