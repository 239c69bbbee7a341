// Two chrono refiners around chrono's own. `chronoFilter` runs first: it keeps chrono's results only
// where they name a day, a weekday or a month and none of our rule parsers found the same words
// (times alone, durations and chrono's "now"/"today" are left to our rules), and it sets our rule
// results aside so chrono's merging refiners cannot fuse them ("end of the month, next term").
// `restoreOurs` runs last and puts them back.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { RULE_TAG } from '@/lib/analysis/dates/parsers/rule-parser';

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

const end = (r: ParsingResult) => r.index + r.text.length;

/** Among overlapping results, the longest (the first found on a tie). Results are sorted by index. */
function removeOverlaps(results: ParsingResult[]): ParsingResult[] {
  const out: ParsingResult[] = [];
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

const setAside = new WeakMap<ParsingContext, ParsingResult[]>();

export const chronoFilter: Refiner = {
  refine(context, results) {
    for (const r of results) if (!isOurs(r)) dayNotYear(r, context);
    const ours = removeOverlaps(results.filter(isOurs));
    setAside.set(context, ours);
    return results.filter((r) => {
      if (isOurs(r) || !keepChrono(r)) return false;
      return !ours.some((o) => o.index < end(r) && end(o) > r.index);
    });
  },
};

export const restoreOurs: Refiner = {
  refine(context, results) {
    const ours = setAside.get(context) ?? [];
    setAside.delete(context);
    return [...results, ...ours].sort((a, b) => a.index - b.index);
  },
};
