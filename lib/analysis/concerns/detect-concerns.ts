import type { AnalysisContext } from '@/lib/analysis/context';
import type { ConcernFinding, ConcernType, DateFinding } from '@/lib/analysis/types';
import { compilePhraseRules, phraseMatches } from '@/lib/analysis/text/phrase-rules';
import { holdsAll, keywordGroups, keywordScanner } from '@/lib/analysis/text/keyword-scan';
import { judgeSentence, nameTest, negated, type SentenceVerdict } from '@/lib/analysis/concerns/about-child';
import {
  BEHAVIOUR_CUE,
  CONCERN_RULES,
  EXCLUSION_FOR_BEHAVIOUR_EXPLANATION,
  WEEKDAY_CONFLICT_EXPLANATION,
  type ConcernRule,
} from '@/lib/analysis/concerns/concern-lexicon';

/** Per sentence: a pasted run-on sentence of junk can repeat a cue without end. */
const MAX_FINDINGS = 200;

const RULES = compilePhraseRules<ConcernRule>(CONCERN_RULES);
// Most sentences hold no word any rule needs: one scan for the rules' keywords skips them.
const SCANNER = keywordScanner(CONCERN_RULES.flatMap((r) => r.keywords.flat()));
const GATED = RULES.map((compiled) => ({ compiled, groups: keywordGroups(SCANNER, compiled.rule.keywords) }));
const BEHAVIOUR = new RegExp(BEHAVIOUR_CUE, 'i');
/** Once every type has been found, the rest of a long email cannot add one. */
const TYPE_COUNT = new Set(CONCERN_RULES.map((r) => r.type)).size;

interface Candidate {
  finding: ConcernFinding;
  rule: ConcernRule;
}

/** The rules that could match the text: those whose keywords it holds, in their order. */
function rulesFor(text: string): typeof RULES {
  const inText = SCANNER.scan(text);
  return GATED.filter((g) => holdsAll(inText, g.groups)).map((g) => g.compiled);
}

function sentenceCandidates(ctx: AnalysisContext, start: number, text: string): Candidate[] {
  const rules = rulesFor(text);
  if (rules.length === 0) return [];
  const found: Candidate[] = [];
  let behaviour: boolean | undefined;
  for (const { rule, start: s, end: e } of phraseMatches(rules, text, MAX_FINDINGS)) {
    const finding: ConcernFinding = { start: start + s, end: start + e, text: ctx.body.slice(start + s, start + e), type: rule.type, explanation: rule.explanation };
    // Collected because of behaviour is an exclusion, not an early pick-up.
    if (rule.type === 'early-pickup' && (behaviour ??= BEHAVIOUR.test(text))) {
      finding.type = 'exclusion';
      finding.explanation = EXCLUSION_FOR_BEHAVIOUR_EXPLANATION;
    }
    found.push({ rule, finding });
  }
  // One finding per stretch of words: the earliest, longest one.
  found.sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);
  const out: Candidate[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.finding.start < last.finding.end) continue;
    out.push(c);
  }
  return out;
}

/**
 * Things the guidance tells parents to watch for, when they happen to or are proposed for this
 * child: the first mention of each type in the email, once (a letter that says "excluded" five
 * times is about one exclusion). General information, policy and negations are left out.
 */
export function detectConcerns(ctx: AnalysisContext, dates: DateFinding[]): ConcernFinding[] {
  const out: ConcernFinding[] = [];
  const seen = new Set<ConcernType>();
  const isName = nameTest(ctx.body);
  for (const sentence of ctx.sentences) {
    // Judged once per sentence, and only when a cue of a type not yet found is in it.
    let verdict: SentenceVerdict | undefined;
    for (const { finding, rule } of sentenceCandidates(ctx, sentence.start, sentence.text)) {
      if (seen.has(finding.type)) continue;
      const spot = {
        sentence: sentence.text,
        start: finding.start - sentence.start,
        end: finding.end - sentence.start,
        keepsNegation: rule.keepsNegation === true,
      };
      if (negated(spot)) continue;
      verdict ??= judgeSentence(
        sentence.text,
        isName,
        dates.some((d) => d.start < sentence.end && sentence.start < d.end),
      );
      if (verdict !== 'child') break;
      seen.add(finding.type);
      out.push(finding);
    }
    if (seen.size >= TYPE_COUNT) break;
  }
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
