import type { AnalysisContext } from '@/lib/analysis/context';
import type { ConcernFinding, DateFinding } from '@/lib/analysis/types';
import { compilePhraseRules, phraseMatches } from '@/lib/analysis/text/phrase-rules';
import { CONCERN_RULES, WEEKDAY_CONFLICT_EXPLANATION, type ConcernRule } from '@/lib/analysis/concerns/concern-lexicon';

/** Per sentence: a pasted run-on sentence of junk can repeat a cue without end. */
const MAX_FINDINGS = 200;

const RULES = compilePhraseRules<ConcernRule>(CONCERN_RULES);

function sentenceFindings(ctx: AnalysisContext, start: number, text: string): ConcernFinding[] {
  const found: ConcernFinding[] = [];
  for (const { rule, start: s, end: e } of phraseMatches(RULES, text, MAX_FINDINGS)) {
    found.push({
      start: start + s,
      end: start + e,
      text: ctx.body.slice(start + s, start + e),
      type: rule.type,
      explanation: rule.explanation,
    });
  }
  // One finding per stretch of words: the earliest, longest one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ConcernFinding[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** Things the guidance tells parents to watch for: exclusions, reduced timetables and the like. */
export function detectConcerns(ctx: AnalysisContext, dates: DateFinding[]): ConcernFinding[] {
  const out: ConcernFinding[] = [];
  for (const sentence of ctx.sentences) out.push(...sentenceFindings(ctx, sentence.start, sentence.text));
  for (const d of dates) {
    if (!d.conflict) continue;
    out.push({
      start: d.start,
      end: d.end,
      text: ctx.body.slice(d.start, d.end),
      type: 'weekday-conflict',
      explanation: WEEKDAY_CONFLICT_EXPLANATION.replace('{note}', d.conflict.replace(/[.\s]+$/, '')),
    });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
