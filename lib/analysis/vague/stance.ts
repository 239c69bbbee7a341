// Is a vague cue in something the school's side says it will do or provide (guidelines §3)? Vague
// wording is marked only there and in plan provision: not in instructions or requests to the
// parent, not in descriptions of a need or in general information, not in template placeholders,
// not in headings. Each check reads a bounded window of one sentence, so the cost stays linear.
import type { VagueRule } from '@/lib/analysis/vague/vague-lexicon';
import { opensWithImperative } from '@/lib/analysis/vague/imperative';
import {
  ABOUT_CHILD,
  EXAMPLE,
  GENERAL,
  GUIDANCE,
  LIST_ITEM,
  NEED_AFTER,
  NEED_BEFORE,
  NEED_CLAUSE,
  NEED_CONDITION,
  NOT_IMPERATIVE,
  PARENT_RECEIVES,
  PARENT_SUBJECT,
  PLEASE,
  POLICY_SUBJECT,
  REGISTER_STATUS,
  REQUEST,
  SCHOOL_ACTS,
  SEGMENT_BREAK,
  TO_PARENT,
  WHOLE_SCHOOL,
} from '@/lib/analysis/vague/stance-lexicon';

/** How far before a cue the checks read: a clause's subject is rarely further away. */
const LEAD_WINDOW = 200;
const AFTER_WINDOW = 60;
/** A heading is a short line; longer ones are sentences that lost their full stop. */
const HEADING_MAX_WORDS = 8;
const HEADING_MAX_CHARS = 120;

const re = (source: string) => new RegExp(source, 'i');
const PLEASE_RE = re(PLEASE);
const PARENT_SUBJECT_RE = re(PARENT_SUBJECT);
const REQUEST_RE = re(REQUEST);
const TO_PARENT_RE = re(TO_PARENT);
const ABOUT_CHILD_RE = re(ABOUT_CHILD);
const NOT_IMPERATIVE_RE = re(NOT_IMPERATIVE);
const NEED_BEFORE_RE = re(NEED_BEFORE);
const NEED_CONDITION_RE = re(NEED_CONDITION);
const NEED_CLAUSE_RE = re(NEED_CLAUSE);
const NEED_AFTER_RE = re(NEED_AFTER);
const EXAMPLE_RE = re(EXAMPLE);
const GENERAL_RE = re(GENERAL);
const GUIDANCE_RE = re(GUIDANCE);
const SCHOOL_ACTS_RE = re(SCHOOL_ACTS);
const WHOLE_SCHOOL_RE = re(WHOLE_SCHOOL);
const REGISTER_STATUS_RE = re(REGISTER_STATUS);
const POLICY_SUBJECT_RE = re(POLICY_SUBJECT);
const PARENT_RECEIVES_RE = re(PARENT_RECEIVES);
const YOUR_CHILD_RE = /\byour\s+(?:child|son|daughter)\b/i;

/** One cue in its sentence. Offsets index into `text`, the sentence. */
export interface CueSite {
  text: string;
  clauseStart: number;
  clauseEnd: number;
  start: number;
  end: number;
  rule: VagueRule;
  /** A commitment was found in the same sentence: a strong sign the school's side is acting. */
  committed: boolean;
  /** When the sentence is an item of a list, the line that opened the list ("you will have 15 days to:"). */
  listIntro?: string | null;
}

/** Why a cue is not the school's promise, or null when it is. The reason names the guideline rule. */
export type NotPromised = 'placeholder' | 'heading' | 'to-parent' | 'need' | 'general' | 'no-action' | null;

/** Inside "[ ... ]" or "< ... >": a template placeholder to be filled in, not wording. */
function inPlaceholder(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - LEAD_WINDOW), start);
  const tail = text.slice(end, end + LEAD_WINDOW);
  for (const [open, close] of [['[', ']'], ['<', '>']] as const) {
    const o = lead.lastIndexOf(open);
    if (o >= 0 && lead.indexOf(close, o) < 0 && tail.includes(close)) return true;
  }
  return false;
}

/** "Ensuring safe, fair and appropriate provision": a title line, not a sentence that promises. */
function isHeading(text: string): boolean {
  if (text.length > HEADING_MAX_CHARS) return false;
  if (LIST_ITEM.test(text) || /[.!?:;]["”’)]?\s*$/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  return words.length <= HEADING_MAX_WORDS && /^[A-Z][a-z]{2,20}ing\b/.test(text.trim()) && !FINITE_VERB.test(text);
}

const LEADING_CONDITION = /^\W*(?:if|when|whenever|once|as\s+soon\s+as|should|before|after|where|while|because|as)\b[^,;]{1,160},\s*/i;
const CONDITION_RE = /\b(?:if|whether|unless)\b/i;
const FINITE_VERB = /\b(?:is|are|was|were|will|can|has|have|may|must)\b/i;

/** The words of the clause before the cue, and the last part of them after a comma or bracket. */
function leadOf(site: CueSite): { lead: string; segment: string } {
  const from = Math.max(site.clauseStart, site.start - LEAD_WINDOW);
  const lead = site.text.slice(from, site.start);
  let cut = 0;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(lead); m; m = SEGMENT_BREAK.exec(lead)) cut = m.index + 1;
  return { lead, segment: lead.slice(cut) };
}

/**
 * An order addressed to the parent, opening the sentence or its main clause after a leading "If…,"
 * ("If you have concerns, contact us"). Not a verb joined to an earlier promise: in "we will aim to
 * build up hours, and see how it goes" the school is still the subject.
 */
function isOrderToParent(site: CueSite): boolean {
  const { text } = site;
  const clause = text.slice(site.clauseStart, site.clauseEnd);
  // Only an opening inside the cue's own clause governs it: in "please let me know and we can
  // consider it" the order ends where "we" begins.
  const starts = [0];
  const condition = LEADING_CONDITION.exec(text.slice(0, LEAD_WINDOW));
  if (condition && condition[0].length <= site.start) starts.push(condition[0].length);
  for (const at of starts) {
    if (at < site.clauseStart) continue;
    const opening = text.slice(at, at + LEAD_WINDOW);
    if (NOT_IMPERATIVE_RE.test(opening) || !opensWithImperative(opening)) continue;
    if (TO_PARENT_RE.test(clause)) return true;
    // Plan provision is often a bullet of orders about the child ("- Monitor his reading").
    if (!LIST_ITEM.test(site.text) && !ABOUT_CHILD_RE.test(clause)) return true;
  }
  return false;
}

/** A list opened by a request or by the parent as subject ("Please:", "you will have 15 days to:"): its items are the parent's part. */
function listForParent(intro: string): boolean {
  let cut = 0;
  SEGMENT_BREAK.lastIndex = 0;
  const body = intro.replace(/:\s*$/, '');
  for (let m = SEGMENT_BREAK.exec(body); m; m = SEGMENT_BREAK.exec(body)) cut = m.index + 1;
  return PLEASE_RE.test(body) || REQUEST_RE.test(body) || PARENT_SUBJECT_RE.test(body.slice(cut));
}

/** Why this cue is not in something the school's side will do or provide; null when it is. */
export function notPromised(site: CueSite): NotPromised {
  const { text, start, end, rule } = site;
  if (inPlaceholder(text, start, end)) return 'placeholder';
  if (isHeading(text)) return 'heading';

  const { lead, segment } = leadOf(site);
  const sentenceLead = text.slice(Math.max(0, start - LEAD_WINDOW), start);
  if (PLEASE_RE.test(lead) || PARENT_SUBJECT_RE.test(segment) || REQUEST_RE.test(sentenceLead)) return 'to-parent';
  if (isOrderToParent(site)) return 'to-parent';
  if (site.listIntro && listForParent(site.listIntro)) return 'to-parent';

  // Is the school's side acting in this sentence? A commitment found here, or "we will…" near the cue.
  const nearby = text.slice(Math.max(0, start - LEAD_WINDOW), end + LEAD_WINDOW);
  const acting = site.committed || SCHOOL_ACTS_RE.test(nearby);
  if (!acting && NEED_CLAUSE_RE.test(segment)) return 'need';
  if (rule.provision) {
    const after = text.slice(end, Math.min(site.clauseEnd, end + AFTER_WINDOW));
    // "If she needs extra time, I'll fit her in": the school answers the need itself, so the cue is
    // provision. "If your child needs extra help, you will receive an appointment" only names the need:
    // what the school promises is a step in a process.
    const answer = text.slice(end, end + LEAD_WINDOW);
    const conditionalNeed = acting && NEED_CONDITION_RE.test(lead) && !PARENT_RECEIVES_RE.test(answer);
    if (!conditionalNeed && (NEED_BEFORE_RE.test(lead) || NEED_AFTER_RE.test(after))) return 'need';
    if (EXAMPLE_RE.test(sentenceLead)) return 'need';
  }

  if (GENERAL_RE.test(lead)) return 'general';
  if (!acting && POLICY_SUBJECT_RE.test(text)) return 'general';
  const clause = text.slice(site.clauseStart, site.clauseEnd);
  if (REGISTER_STATUS_RE.test(clause)) return 'general';
  // Whole-school news, unless the same clause is about the child ("we will keep an eye on him during lockdown").
  if (WHOLE_SCHOOL_RE.test(clause) && !ABOUT_CHILD_RE.test(clause) && !YOUR_CHILD_RE.test(clause)) return 'general';
  if ((rule.category === 'unquantified' || rule.category === 'monitoring') && GUIDANCE_RE.test(lead)) return 'general';

  if (rule.needsAction) {
    // "if they are put forward for a plan in the future": a condition, not the school's promise.
    if (CONDITION_RE.test(segment)) return 'no-action';
    if (!acting) return 'no-action';
  }
  return null;
}
