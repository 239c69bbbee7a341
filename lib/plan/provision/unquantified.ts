// A provision that leaves out how often, how long or who is as hard to hold a school to as vague
// wording in an email: the parent cannot tell later whether it happened. Flag each missing piece with
// a reason and a question to send, in the tone of lib/analysis/vague.
import { compilePhraseRules, phraseMatches } from '@/lib/analysis/text/phrase-rules';
import type { Provision } from '@/lib/model/plan';
import { NOBODY_NAMED, WORDING_RULES, type WordingRule } from '@/lib/plan/provision/provision-wording-lexicon';

// The plan editor shows the description beside the gaps, so both come from here.
export { describeFrequency, describeProvision } from '@/lib/plan/provision/describe-provision';

export type ProvisionGapField = 'frequency' | 'minutes' | 'who' | 'wording';

export interface ProvisionGap {
  field: ProvisionGapField;
  /** The words that are the problem, as written: set for 'wording', and for a 'who' that names no one. */
  phrase?: string;
  /** Plain English: why this cannot be checked later. */
  why: string;
  /** A polite question the parent can send to school. */
  ask: string;
}

const RULES = compilePhraseRules<WordingRule>(WORDING_RULES);
const MAX_WORDING_GAPS = 10;
const NOBODY = new Set(NOBODY_NAMED);

/** The provision as the parent would name it in a question: “Lexia”, or "this support". */
function named(p: Provision): string {
  const what = p.what.trim().replace(/\s+/g, ' ');
  return what ? `“${what}”` : 'this support';
}

// The thing a cue qualifies ends at punctuation or at a word that starts the next part of the line.
const THING_END = /[,.;:()\[\]–—]|\s(?:with|for|when|whenever|if|during|in|at|by|from|as|and|or|but|each|every|daily|weekly|until|so)\s/i;
const THING_MAX_WORDS = 6;

/** "access to [a quiet space] when upset" → "a quiet space"; '' when nothing follows the cue. */
function thingAfter(text: string, end: number): string {
  const rest = ` ${text.slice(end).trim()} `;
  const cut = THING_END.exec(rest);
  const words = (cut ? rest.slice(0, cut.index) : rest).trim().split(/\s+/).filter(Boolean);
  return words.slice(0, THING_MAX_WORDS).join(' ');
}

function fill(template: string, cue: string, what: string, thing: string): string {
  const cueText = cue.replace(/\s+/g, ' ');
  const quoted = cueText.charAt(0).toUpperCase() + cueText.slice(1);
  return template
    .replace(/^“\{cue\}”/, `“${quoted}”`)
    .replace(/\{cue\}/g, cueText)
    .replace(/\{what\}/g, what)
    .replace(/\{thing\}/g, thing);
}

function whoGap(p: Provision, what: string): ProvisionGap | null {
  const who = p.who.trim().replace(/\s+/g, ' ');
  if (!who) {
    return {
      field: 'who',
      why: 'No one is named to deliver this, so you cannot check it happened or know whom to ask.',
      ask: `Who will deliver ${what}, and what is their role?`,
    };
  }
  if (NOBODY.has(who.toLowerCase())) {
    return {
      field: 'who',
      phrase: who,
      why: `“${who}” does not name anyone, so you cannot check it happened or know whom to ask.`,
      ask: `Who exactly will deliver ${what}, and what is their role?`,
    };
  }
  return null;
}

function isCount(n: number | null | undefined): boolean {
  return typeof n === 'number' && Number.isFinite(n) && n > 0;
}

function wordingGaps(p: Provision, what: string): ProvisionGap[] {
  const out: ProvisionGap[] = [];
  const seen = new Set<string>();
  for (const text of [p.what, p.who]) {
    const matches = [...phraseMatches(RULES, text, MAX_WORDING_GAPS)].sort((a, b) => a.start - b.start);
    for (const { rule, cue, end } of matches) {
      if (seen.has(rule.id) || out.length >= MAX_WORDING_GAPS) continue;
      seen.add(rule.id);
      const thing = thingAfter(text, end) || rule.fallback || what;
      out.push({ field: 'wording', phrase: cue, why: fill(rule.why, cue, what, thing), ask: fill(rule.ask, cue, what, thing) });
    }
  }
  return out;
}

/** What a provision leaves out or words vaguely: who, how often, how long, then vague phrases. */
export function provisionGaps(p: Provision): ProvisionGap[] {
  const what = named(p);
  const gaps: ProvisionGap[] = [];
  const who = whoGap(p, what);
  if (who) gaps.push(who);
  if (!p.frequency || !isCount(p.frequency.times)) {
    gaps.push({
      field: 'frequency',
      why: 'The plan does not say how often this happens, so you cannot tell whether sessions are being missed.',
      ask: `How often will ${what} happen: how many times a week, and on which days?`,
    });
  }
  if (!isCount(p.minutes)) {
    gaps.push({
      field: 'minutes',
      why: 'The plan does not say how long each session lasts, so a five-minute session would count the same as a forty-minute one.',
      ask: `How long will each session of ${what} last?`,
    });
  }
  gaps.push(...wordingGaps(p, what));
  return gaps;
}
