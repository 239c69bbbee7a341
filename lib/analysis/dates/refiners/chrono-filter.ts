// A chrono refiner that runs before chrono's own: it keeps chrono's results only where they name a
// day, a weekday or a month and none of our rules found the same words (times alone, durations and
// chrono's "now"/"today" are left to our rules), and it takes our rules' matches out of chrono's
// hands, so chrono's merging refiners cannot fuse them ("end of the month, next term"). Our phrase
// rules run beside chrono and come in through the parse options (`OursOption`); the day-of-month
// parser runs inside chrono and tags its results. Ours go back out in the same options, `kept`.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { RULE_TAG, type RuleMatch } from '@/lib/analysis/dates/parsers/rule-parser';

/** One of ours: a phrase rule's match, or a tagged result of the day-of-month parser. */
export type Ours = RuleMatch | ParsingResult;

/** Passed to chrono.parse as its options (chrono keeps them as they are, in its context). */
export interface OursOption {
  /** Our phrase rules' matches in the text, in rule order. */
  ruleMatches: readonly RuleMatch[];
  /** Set by chronoFilter: ours, longest of any overlapping, by index. */
  kept: Ours[];
}

function isOurs(r: ParsingResult): boolean {
  for (const t of r.tags()) if (t.startsWith(RULE_TAG)) return true;
  return false;
}

const DROP_TAG = /^(?:result\/relativeDate|casualReference\/|parser\/ENCasualDateParser|parser\/ENCasualTimeParser|parser\/ENEndOfCurrentMonthParser|parser\/ENTimeUnit)/;
const WEEKEND_WORD = /\bweek(?:end|day)s?\b/i;

function keepChrono(r: ParsingResult): boolean {
  for (const t of r.tags()) if (DROP_TAG.test(t)) return false;
  const s = r.start;
  if (!(s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month'))) return false;
  if (WEEKEND_WORD.test(r.text)) return false;
  return true;
}

// "Dec. 12", "Sept. 30": chrono reads the number after an abbreviated month as a two-digit year;
// in writing it is the day ("on Nov. 5", "announced Sept. 30"). A year is written in full.
const MONTH_THEN_SMALL_NUMBER = /^[a-z]{3,4}\.?\s+([0-3]?\d)$/i;

function dayNotYear(r: ParsingResult, context: ParsingContext): void {
  const m = MONTH_THEN_SMALL_NUMBER.exec(r.text);
  if (!m || !r.start.isCertain('month') || r.start.isCertain('day') || !r.start.isCertain('year')) return;
  const day = Number(m[1]);
  if (!(day >= 1 && day <= 31)) return;
  r.start.delete('year');
  r.start.assign('day', day);
  r.start.imply('year', context.refDate.getFullYear());
}

const end = (r: Ours) => r.index + r.text.length;

/** Among overlapping results, the longest (the first found on a tie). Results are sorted by index. */
function removeOverlaps(results: Ours[]): Ours[] {
  const out: Ours[] = [];
  for (const r of results) {
    const prev = out[out.length - 1];
    if (prev && r.index < end(prev)) {
      if (r.text.length > prev.text.length) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Ours in the order chrono would have had them as parsers run first: by index, and on a tie the
 * phrase rules (in rule order) before the day-of-month parser. Both lists are by index already
 * except the rule matches, which come rule by rule.
 */
function inChronoOrder(ruleMatches: readonly RuleMatch[], tagged: ParsingResult[]): Ours[] {
  const rules = [...ruleMatches].sort((a, b) => a.index - b.index);
  const out: Ours[] = [];
  let j = 0;
  for (const r of rules) {
    while (j < tagged.length && tagged[j]!.index < r.index) out.push(tagged[j++]!);
    out.push(r);
  }
  while (j < tagged.length) out.push(tagged[j++]!);
  return out;
}

export const chronoFilter: Refiner = {
  refine(context, results) {
    for (const r of results) if (!isOurs(r)) dayNotYear(r, context);
    const option = context.option as unknown as Partial<OursOption>;
    const ours = removeOverlaps(inChronoOrder(option.ruleMatches ?? [], results.filter(isOurs)));
    option.kept = ours;
    return results.filter((r) => {
      if (isOurs(r) || !keepChrono(r)) return false;
      return !ours.some((o) => o.index < end(r) && end(o) > r.index);
    });
  },
};
