// Which provision or target of a child's plan a finding in an email is about, ranked, for the parent
// to confirm. Evidence, strongest first: both name the same programme or therapy; the email is from
// or names the person who delivers it; they share content words. Only clear matches are offered: a
// wrong suggestion is worse than none, because a tired parent may just press "Yes".
import type { IsoDay, PlanItemRef, SupportPlan } from '@/lib/model/plan';
import { INTERVENTIONS } from '@/lib/plan/linking/interventions';
import { keywords } from '@/lib/plan/linking/keywords';
import { blankSpans } from '@/lib/plan/linking/blank-spans';
import { allSpans, compileLexicon, findEntries } from '@/lib/plan/linking/lexicon-entry';
import { planNotCurrent, provisionNotCurrent } from '@/lib/plan/linking/plan-currency';
import { isMentioned, isSender, rolesIn, staffIn } from '@/lib/plan/linking/staff';

export interface LinkInput {
  /** The finding's words. */
  findingText: string;
  /** The sentence around it; may be the finding's words again. */
  sentence: string;
  recordSubject: string;
  /** The sender's display name: "Mrs Anita Khan". */
  senderName: string;
}

export interface LinkSuggestion {
  item: PlanItemRef;
  /** "Lexia", or "Target: Read 30 common exception words" (as lib/ui/plan-items.ts names them). */
  label: string;
  score: number;
  /** Plain English, for the parent: "Mentions “Lexia”", "From Mrs Khan, who delivers it". */
  reasons: string[];
}

const WEIGHT = {
  programme: 3,
  /** Below the bar alone: "1:1" or "check-in" is only about this provision with something else too. */
  generalSupport: 1.25,
  /** Named only in the subject: the email may cover several things. */
  subjectOnly: 0.7,
  /** A target's words say what the child is working on, not the support: a programme there counts half. */
  inTarget: 0.5,
  staffMentioned: 1.25,
  staffSender: 1,
  staffBoth: 1.5,
  role: 0.5,
  keyword: 0.75,
  targetKeyword: 0.6,
  keywordCap: 2.25,
  notCurrent: 0.6,
};
/** Staff alone, or one shared word, never reaches this: they need something about the support too. */
const THRESHOLD = 1.5;
const MAX_SUGGESTIONS = 3;

const LEXICON = compileLexicon(INTERVENTIONS);
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+)?\p{Lu}[\p{L}'’-]+/gu;

interface Candidate extends LinkSuggestion {
  current: boolean;
}

interface EmailView {
  body: string;
  subject: string;
  /** Intervention id → how much of its weight counts (1 in the body, less in the subject only) and the words used. */
  interventions: Map<string, { factor: number; words: string }>;
  words: Map<string, string>;
}

/** Text with programme names and titled people blanked, so they are not counted again as shared words. */
function plainWords(text: string): string {
  const people = [...text.matchAll(TITLED_NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return blankSpans(text, [...allSpans(LEXICON, text), ...people]);
}

function readEmail(input: LinkInput): EmailView {
  const sentence = input.sentence.trim();
  const finding = input.findingText.trim();
  const body = sentence.includes(finding) ? sentence : `${finding}\n${sentence}`;
  const subject = input.recordSubject.trim();
  const interventions = new Map<string, { factor: number; words: string }>();
  const words = (text: string, h: { start: number; end: number }) => text.slice(h.start, h.end).replace(/\s+/g, ' ');
  for (const h of findEntries(LEXICON, subject)) interventions.set(h.entry.id, { factor: WEIGHT.subjectOnly, words: words(subject, h) });
  for (const h of findEntries(LEXICON, body)) interventions.set(h.entry.id, { factor: 1, words: words(body, h) });
  return { body, subject, interventions, words: keywords(plainWords(`${body}\n${subject}`)) };
}

function sharedInterventions(email: EmailView, itemText: string, factor: number, reasons: string[]): number {
  let score = 0;
  for (const { entry } of findEntries(LEXICON, itemText)) {
    const seen = email.interventions.get(entry.id);
    if (!seen) continue;
    score += (entry.general ? WEIGHT.generalSupport : WEIGHT.programme) * seen.factor * factor;
    // The email's own words: "speech therapist" for a provision written "SaLT" shows why they meet.
    reasons.push(seen.factor < 1 ? `The subject mentions “${seen.words}”` : `Mentions “${seen.words}”`);
  }
  return score;
}

function quoteList(words: string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0]!;
}

function sharedWords(email: EmailView, itemText: string, each: number, reasons: string[]): number {
  const shared: string[] = [];
  for (const [stem, word] of keywords(plainWords(itemText))) if (email.words.has(stem)) shared.push(word);
  if (shared.length === 0) return 0;
  reasons.push(shared.length === 1 ? `Uses the word ${quoteList(shared)}` : `Uses the same words: ${quoteList(shared)}`);
  return Math.min(WEIGHT.keywordCap, shared.length * each);
}

function sharedStaff(email: EmailView, who: string, senderName: string, reasons: string[]): number {
  const { people, roles } = staffIn(who);
  for (const person of people) {
    const from = isSender(person, senderName);
    const named = isMentioned(person, `${email.body}\n${email.subject}`);
    if (from && named) {
      reasons.push(`From ${person.display}, who delivers it`);
      return WEIGHT.staffBoth;
    }
    if (from) {
      reasons.push(`From ${person.display}, who delivers it`);
      return WEIGHT.staffSender;
    }
    if (named) {
      reasons.push(`Mentions ${person.display}, who delivers it`);
      return WEIGHT.staffMentioned;
    }
  }
  const emailRoles = new Set(rolesIn(email.body).map((r) => r.id));
  const role = roles.find((r) => emailRoles.has(r.id));
  if (role) {
    reasons.push(`Mentions ${role.name}, who delivers it`);
    return WEIGHT.role;
  }
  return 0;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function candidatesFor(plan: SupportPlan, plans: readonly SupportPlan[], email: EmailView, input: LinkInput, today: IsoDay): Candidate[] {
  const out: Candidate[] = [];
  const planWhy = planNotCurrent(plan, plans, today);
  for (const p of plan.provisions) {
    const reasons: string[] = [];
    const what = p.what.trim();
    let score = sharedInterventions(email, `${what}\n${p.who}`, 1, reasons);
    score += sharedStaff(email, p.who, input.senderName, reasons);
    score += sharedWords(email, what, WEIGHT.keyword, reasons);
    const why = planWhy ?? provisionNotCurrent(p, today);
    if (why) {
      score *= WEIGHT.notCurrent;
      reasons.push(why);
    }
    out.push({ item: { planId: plan.id, itemKind: 'provision', itemId: p.id }, label: what || 'Support', score: round(score), reasons, current: !why });
  }
  for (const t of plan.targets) {
    const reasons: string[] = [];
    const text = t.text.trim();
    let score = sharedInterventions(email, text, WEIGHT.inTarget, reasons);
    score += sharedWords(email, text, WEIGHT.targetKeyword, reasons);
    if (planWhy) {
      score *= WEIGHT.notCurrent;
      reasons.push(planWhy);
    }
    out.push({ item: { planId: plan.id, itemKind: 'target', itemId: t.id }, label: `Target: ${text}`, score: round(score), reasons, current: !planWhy });
  }
  return out;
}

/**
 * Up to three plan items the finding is probably about, best first; none when nothing is clear.
 * `today` decides which plans and provisions are current: pass the email's own day to judge an old
 * email against the plan of its time.
 */
export function suggestLinks(input: LinkInput, plans: SupportPlan[], today: IsoDay): LinkSuggestion[] {
  const email = readEmail(input);
  // The same support carried over from last term's plan: offer it once, from the current plan.
  const byLabel = new Map<string, Candidate>();
  for (const c of plans.flatMap((plan) => candidatesFor(plan, plans, email, input, today))) {
    if (c.score < THRESHOLD) continue;
    const key = c.label.toLowerCase();
    const held = byLabel.get(key);
    if (!held || (c.current && !held.current) || (c.current === held.current && c.score > held.score)) byLabel.set(key, c);
  }
  const ranked = [...byLabel.values()].sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.current) - Number(a.current) ||
      Number(a.item.itemKind === 'target') - Number(b.item.itemKind === 'target') ||
      a.label.localeCompare(b.label),
  );
  return ranked.slice(0, MAX_SUGGESTIONS).map(({ item, label, score, reasons }) => ({ item, label, score, reasons }));
}
