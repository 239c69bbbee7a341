// Is this email about a child or about pupils with SEN, or a whole-school notice? Guidelines §2:
// newsletter logistics ("We will hand out book vouchers", "We will be locking the gates at 9") are
// not commitments. A notice is told apart by what it is about, read once per email with two
// linear regexes: no personal greeting, words addressed to every family, and (almost) none of the
// words of SEN, support or exclusion.
import type { AnalysisContext } from '@/lib/analysis/context';

/** Acronyms count only in capitals: "SEND" is the need, "send" is a verb. */
const SEN_ACRONYMS = /\b(?:SEN|SEND|SENCO|SENDCO|SENCo|SENDCo|EHC|EHCP|IEP|ADHD|ASD|SALT|SLT|CAMHS|ELSA|TA|TAs|PLP|ASP)\b/g;
/** Words of SEN, provision and exclusion; placeholders for one named pupil in a template letter. */
export const SEN_WORDS =
  /\b(?:special\s+educational|additional\s+needs|(?:extra|additional|further|specialist)\s+(?:support|help)|support\s+plans?|therap(?:ist|ists|y)|interventions?|provision|diagnos[a-z]*|referrals?|referred|autis[a-z]*|inclusion|disabilit[a-z]+|one[- ]to[- ]one|1:1|exclu(?:sion|ded)|suspen(?:sion|ded)|vulnerable|reduced\s+timetable|part[- ]time\s+timetable|educational\s+psycholog[a-z]*|small\s+group|targets?|\[(?:pupil|child|name)[^\]\n]{0,20}\])/gi;

/** "Dear Ms Green", "Hi Sarah", "Morning Mrs Kaur": one family, so the email is about their child. */
const PERSONAL_GREETING = /^[ \t]*(?:(?:dear|hi|hiya|hey|hello|morning|evening|good\s+(?:morning|afternoon|evening)|afternoon)\s+(?!(?:all|everyone|parents?|carers?|famil(?:y|ies)|friends|colleagues|sir)\b)(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?\p{L}[\p{L}'’-]+)/imu;
/** "Sarah," or "Élodie Martin," alone on the first line: a note to one person (case matters here). */
const NAME_LINE = /^[ \t]*\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?,[ \t]*(?:\n|$)/u;
/** Parent-app wrappers carry one message to one family. */
const APP_MESSAGE = /\b(?:new\s+message\s+from|sent\s+you\s+a\s+message)\b/i;

/**
 * A notice names its audience as everyone: "Dear Parents and Carers", "all pupils", "the whole
 * school", a newsletter. Without such words a short email ("I will send the plan by Friday"), a
 * clipped paragraph or a portal message is read as written to one family.
 */
const EVERY_FAMILY =
  /\b(?:dear\s+(?:all|everyone|parents|carers|families)|parents\s*(?:\/|and|&)\s*carers?|parents?\s*(?:\/|and|&)\s*carers|all\s+(?:pupils|children|students|parents|families|year\s+groups|classes|staff)|whole[- ]school|every\s+(?:class|child|pupil|family)|newsletters?|bubbles?|year\s+groups?|our\s+(?:school\s+)?community|you\s+(?:have\s+)?all|all\s+of\s+you|welcome\s+back|the\s+children)\b/i;

const MIN_SEN_WORDS = 2;
/** How much of the new text counts as its opening: a greeting and a first line or two. */
const OPENING = 300;

function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  return n;
}

/** True when the new text reads as a notice to every family, not about a child or SEN. */
export function isGeneralNotice(ctx: AnalysisContext): boolean {
  const text = ctx.body.slice(ctx.region.start, ctx.region.end);
  const head = text.slice(0, 600);
  if (PERSONAL_GREETING.test(head) || NAME_LINE.test(head) || APP_MESSAGE.test(head)) return false;
  // The audience is named where a letter opens, not by a phrase in passing ("…with the children in his class").
  if (!EVERY_FAMILY.test(head.slice(0, OPENING))) return false;
  const n = countUpTo(SEN_ACRONYMS, text, MIN_SEN_WORDS);
  return n + countUpTo(SEN_WORDS, text, MIN_SEN_WORDS - n) < MIN_SEN_WORDS;
}

/** In a notice, a clause still counts when it is itself about SEN or support ("…for pupils with SEN"). */
export function aboutSen(clause: string): boolean {
  return countUpTo(SEN_ACRONYMS, clause, 1) + countUpTo(SEN_WORDS, clause, 1) > 0;
}

/**
 * "…the family support team will be in touch with you", "Glynis or Demi will be in touch soon": a notice to
 * every family may still promise to contact each reader about their own child. Such a promise is not
 * logistics. Only a promise of contact counts: "provide your child with a packed lunch" is an instruction.
 */
const READER_CONTACT = /\b(?:be|get)\s+in\s+touch\b|\b(?:contact|call|ring|phone|email|e-mail|write\s+to|speak\s+(?:to|with))\s+you\b/i;

export function promisesContact(text: string): boolean {
  return READER_CONTACT.test(text);
}

/**
 * "…regarding the school closure", "any positive case of Covid-19", "staffing levels", "hot lunches": a
 * sentence about the running of the whole school (closing, infection, staffing, lunches, uniform).
 */
const CLOSURE = /\b(?:(?:school|site)\s+closures?|closure\s+of\s+the\s+(?:school|site)|school\s+(?:will\s+be\s+|is\s+|being\s+)?(?:closed|closing|reopen(?:s|ed|ing)?)|covid(?:-?19)?|coronavirus|staffing\s+levels|(?:hot|school)\s+lunches|packed\s+lunches|school\s+uniform)\b/i;

/** Written to every family ("Dear Parents / Carers", no personal greeting), whatever its SEN words. */
export function toEveryFamily(ctx: AnalysisContext): boolean {
  const text = ctx.body.slice(ctx.region.start, ctx.region.end);
  const head = text.slice(0, 600);
  return !PERSONAL_GREETING.test(head) && !APP_MESSAGE.test(head) && EVERY_FAMILY.test(head);
}

/**
 * In a letter to every family, a sentence about the whole school closing or reopening is logistics
 * ("More details of the school closure will follow and updates will be sent tomorrow"), unless it is
 * itself about SEN or support.
 */
export function closureLogistics(sentence: string): boolean {
  return CLOSURE.test(sentence) && !aboutSen(sentence);
}
