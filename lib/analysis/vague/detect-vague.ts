import type { AnalysisContext } from '@/lib/analysis/context';
import type { Sentence } from '@/lib/analysis/text/sentences';
import type { CommitmentFinding, VagueFinding } from '@/lib/analysis/types';
import { ignoreAsciiCase } from '@/lib/analysis/text/ascii-case';
import { compilePhraseRules, phraseMatches } from '@/lib/analysis/text/phrase-rules';
import { CLAUSE_BREAK, SPECIFICS, THING_STOP, VAGUE_RULES, type SpecificsCheck, type VagueRule } from '@/lib/analysis/vague/vague-lexicon';
import { notPromised } from '@/lib/analysis/vague/stance';
import { LIST_ITEM } from '@/lib/analysis/vague/stance-lexicon';
import { lowerBound } from '@/lib/util/lower-bound';

/** Per sentence: a pasted run-on sentence of junk can repeat a cue without end. */
const MAX_FINDINGS = 400;
/** How far after a cue we look for the thing it qualifies. */
const THING_WINDOW = 80;
const THING_MAX_WORDS = 5;
/** How much of a list's opening line is kept: its last clause is what governs the items. */
const LIST_INTRO_CHARS = 200;
const LIST_INTRO_END = /:\s*$/;

const RULES = compilePhraseRules<VagueRule>(VAGUE_RULES);

const CLAUSE_BREAK_RE = new RegExp(ignoreAsciiCase(CLAUSE_BREAK), 'g');
const GENERAL_SPECIFICS_RE = new RegExp([SPECIFICS.frequency, SPECIFICS.date, SPECIFICS.amount].join('|'), 'i');
const MONITORING_SPECIFICS_RE = new RegExp([SPECIFICS.frequency, SPECIFICS.date, SPECIFICS.measure].join('|'), 'i');
const FREQUENCY_SPECIFICS_RE = new RegExp([SPECIFICS.frequency, SPECIFICS.date].join('|'), 'i');
const THING_STOP_RE = new RegExp(THING_STOP, 'i');
const WORD_RE = /[A-Za-z0-9][\w'’:-]{0,40}|[^\sA-Za-z0-9]/g;
const LEADING_DETERMINER = /^(?:(?:a|an|some|any|the)\s+)?(?:more\s+)?/i;
const HAS_DETERMINER = /^(?:his|her|their|my|your|its|our|this|that|these|those|how|what|whether|who|when|it|him|them|me|us|you)\b/i;

interface Clause {
  start: number;
  end: number;
  general: boolean | null;
  monitoring: boolean | null;
  frequency: boolean | null;
}

/** A template placeholder ("[contact details – address, phone]"): its dashes and commas break no clause. */
const PLACEHOLDER_RE = /\[[^[\]\n]{0,200}\]/g;

/** Splits a sentence into clauses ("…, and I will…"), whose specifics are worked out lazily, once each. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const masked = text.replace(PLACEHOLDER_RE, (p) => '_'.repeat(p.length));
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(masked); m; m = CLAUSE_BREAK_RE.exec(masked)) {
    if (m[0].length === 0) {
      CLAUSE_BREAK_RE.lastIndex++;
      continue;
    }
    out.push({ start, end: m.index, general: null, monitoring: null, frequency: null });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, general: null, monitoring: null, frequency: null });
  return out;
}

function clauseAt(clauses: Clause[], at: number): Clause {
  // The last clause starting at or before `at` (the first always starts at 0).
  return clauses[Math.max(0, lowerBound(clauses.length, (i) => clauses[i]!.start <= at) - 1)]!;
}

function isSpecified(text: string, clause: Clause, check: SpecificsCheck): boolean {
  if (check === 'monitoring') {
    clause.monitoring ??= MONITORING_SPECIFICS_RE.test(text.slice(clause.start, clause.end));
    return clause.monitoring;
  }
  if (check === 'frequency') {
    clause.frequency ??= FREQUENCY_SPECIFICS_RE.test(text.slice(clause.start, clause.end));
    return clause.frequency;
  }
  clause.general ??= GENERAL_SPECIFICS_RE.test(text.slice(clause.start, clause.end));
  return clause.general;
}

/** The words after a cue up to a preposition, a conjunction or punctuation: "a quiet workstation". */
function thingAfter(text: string, from: number, clauseEnd: number): string {
  const window = text.slice(from, Math.min(clauseEnd, from + THING_WINDOW));
  const words: string[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(window); m && words.length < THING_MAX_WORDS; m = WORD_RE.exec(window)) {
    const w = m[0];
    if (!/^[A-Za-z0-9]/.test(w)) break;
    const phrasal = /^on$/i.test(w) && /^(?:get|gets|getting|got|gone|going|carry|carrying)$/i.test(words[words.length - 1] ?? '');
    if (words.length > 0 && THING_STOP_RE.test(w) && !phrasal) break;
    words.push(w);
  }
  // The first word may be a stop word only when it is the thing ("opportunities to [help]").
  if (words.length === 1 && THING_STOP_RE.test(words[0]!)) return '';
  return words.join(' ');
}

function tidyThing(raw: string, article: boolean): string {
  let thing = raw.trim().replace(/\s+/g, ' ');
  if (!thing) return '';
  if (/^(?:him|her|them)$/i.test(thing)) return 'your child';
  if (/^(?:it|this|that|things)$/i.test(thing)) return thing.toLowerCase() === 'things' ? 'things' : 'this';
  if (article) {
    thing = thing.replace(LEADING_DETERMINER, '');
    if (!HAS_DETERMINER.test(thing)) thing = `the ${thing}`;
  }
  return thing;
}

function fill(template: string, cue: string, thing: string): string {
  const cueText = cue.replace(/\s+/g, ' ');
  const quoted = cueText.charAt(0).toUpperCase() + cueText.slice(1);
  return template
    .replace(/^“\{cue\}”/, `“${quoted}”`)
    .replace(/\{cue\}/g, cueText)
    .replace(/\{thing\}/g, thing);
}

function findingsIn(ctx: AnalysisContext, sentence: Sentence, committed: boolean, listIntro: string | null): VagueFinding[] {
  const text = sentence.text;
  let clauses: Clause[] | null = null;
  const found: VagueFinding[] = [];
  for (const { rule, start, end, cue } of phraseMatches(RULES, text, MAX_FINDINGS)) {
    clauses ??= clausesOf(text);
    const clause = clauseAt(clauses, start);
    if (rule.specifics && isSpecified(text, clause, rule.specifics)) continue;
    if (notPromised({ text, clauseStart: clause.start, clauseEnd: clause.end, start, end, rule, committed, listIntro })) continue;
    let raw = '';
    if (rule.thing === 'after') raw = thingAfter(text, end, clause.end);
    else if (rule.thing === 'self') raw = cue;
    else if (rule.thing === 'inside') raw = cue.replace(/^\S+\s+/, '').replace(/\s*under\s+[\s\S]*$/i, '');
    const thing = tidyThing(raw, rule.article === true) || rule.fallback || 'this';
    found.push({
      start: sentence.start + start,
      end: sentence.start + end,
      text: ctx.body.slice(sentence.start + start, sentence.start + end),
      category: rule.category,
      why: fill(rule.why, cue, thing),
      ask: fill(rule.ask, cue, thing),
    });
  }
  return found;
}

/** Drops findings that overlap an earlier or longer one, keeping the text order. */
function withoutOverlaps(found: VagueFinding[]): VagueFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: VagueFinding[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/**
 * Wording that sounds like support but leaves out what, who, how often or by when, in what the
 * school's side says it will do or provide. `commitments` (in body order) are those found in the
 * same email: a sentence holding one is a strong sign the school's side is acting.
 */
export function detectVague(ctx: AnalysisContext, commitments: readonly CommitmentFinding[] = []): VagueFinding[] {
  const out: VagueFinding[] = [];
  const promises = [...commitments].sort((a, b) => a.end - b.end);
  let c = 0;
  // The line that introduces a list ("you will have 15 days to:") governs each of its items.
  let listIntro: string | null = null;
  for (const sentence of ctx.sentences) {
    while (c < promises.length && promises[c]!.end <= sentence.start) c++;
    const committed = c < promises.length && promises[c]!.start < sentence.end;
    if (!LIST_ITEM.test(sentence.text)) listIntro = null;
    out.push(...withoutOverlaps(findingsIn(ctx, sentence, committed, listIntro)));
    if (LIST_INTRO_END.test(sentence.text)) listIntro = sentence.text.slice(-LIST_INTRO_CHARS);
  }
  return out;
}
