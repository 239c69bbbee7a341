// One expression gives one finding: merges overlapping spans, and appositions where a relative
// word is restated as a date ("tomorrow, Wednesday 16th October", "the first day back, Monday
// 13th April"). A date next to a term word ("on 3rd November, after half term") stays two findings.

import { isExplicit, isWeekdayOnly, textOf, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import { describeDay } from '@/lib/analysis/dates/refiners/resolve';

const APPOSITION_GAP = /^\s*[,(–-]\s*$/;
const RESTATABLE_RULES = new Set(['today', 'tomorrow', 'yesterday', 'dayAfterTomorrow', 'firstDayBack', 'nextTermStart', 'afterHalfTerm']);

function specificity(c: Candidate): number {
  if (isExplicit(c)) return 3;
  if (c.date) return 2;
  return c.known.weekday !== undefined ? 1 : 0;
}

function absorb(env: DateEnv, keep: Candidate, other: Candidate): Candidate {
  const best = specificity(other) > specificity(keep) ? other : keep;
  return {
    ...best,
    start: Math.min(keep.start, other.start),
    end: Math.max(keep.end, other.end),
    sentenceStart: Math.min(keep.sentenceStart, other.sentenceStart),
    sentenceEnd: Math.max(keep.sentenceEnd, other.sentenceEnd),
    conflict: best.conflict ?? (best === keep ? other.conflict : keep.conflict),
  };
}

function restates(env: DateEnv, a: Candidate, b: Candidate): boolean {
  if (!isExplicit(b) || isExplicit(a)) return false;
  if (!(isWeekdayOnly(a) || (a.rule !== null && RESTATABLE_RULES.has(a.rule)))) return false;
  return APPOSITION_GAP.test(env.body.slice(a.end, b.start));
}

export function mergeCandidates(env: DateEnv, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) {
      out[out.length - 1] = absorb(env, prev, c);
      continue;
    }
    if (prev && restates(env, prev, c)) {
      const merged = absorb(env, prev, c);
      merged.date = c.date;
      if (prev.date && c.date && prev.date !== c.date && !c.conflict) {
        merged.conflict =
          `This says "${textOf(env, prev)}", which would be ${describeDay(prev.date)}, but also ${describeDay(c.date)}. ` +
          'Check which day they mean.';
      }
      // Keep a closing bracket with its opening one.
      if (/\(\s*$/.test(env.body.slice(prev.end, c.start)) && env.body[merged.end] === ')') merged.end++;
      out[out.length - 1] = merged;
      continue;
    }
    out.push(c);
  }
  return out;
}
