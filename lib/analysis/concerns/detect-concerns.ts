import type { AnalysisContext } from '../context';
import type { ConcernFinding, DateFinding } from '../types';
import { ignoreAsciiCase } from '../vague/ascii-case';
import { CONCERN_RULES, WEEKDAY_CONFLICT_EXPLANATION, type ConcernRule } from './concern-lexicon';

/** Per sentence: a pasted run-on sentence of junk can repeat a cue without end. */
const MAX_FINDINGS = 200;
const GUARD_WINDOW = 40;

interface CompiledRule {
  rule: ConcernRule;
  pattern: RegExp;
  notBefore: RegExp | null;
  notAfter: RegExp | null;
}

const RULES: readonly CompiledRule[] = CONCERN_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(ignoreAsciiCase(rule.pattern), 'g'),
  notBefore: rule.notBefore ? new RegExp(rule.notBefore, 'i') : null,
  notAfter: rule.notAfter ? new RegExp(rule.notAfter, 'i') : null,
}));

function sentenceFindings(ctx: AnalysisContext, start: number, text: string): ConcernFinding[] {
  const found: ConcernFinding[] = [];
  for (const { rule, pattern, notBefore, notAfter } of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (found.length >= MAX_FINDINGS) return found;
      const s = m.index;
      const e = s + m[0].length;
      if (notBefore && notBefore.test(text.slice(Math.max(0, s - GUARD_WINDOW), s))) continue;
      if (notAfter && notAfter.test(text.slice(e, e + GUARD_WINDOW))) continue;
      found.push({
        start: start + s,
        end: start + e,
        text: ctx.body.slice(start + s, start + e),
        type: rule.type,
        explanation: rule.explanation,
      });
    }
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
