// What follows the future marker: is it an action someone will take, an event that will be held,
// or a prediction, a habit, an offer, a possibility or "we'll see how it goes"?
import {
  EVENT_VERBS,
  GET_PREDICTIONS,
  IRREGULAR_PARTICIPLES,
  MAKE_PREDICTIONS,
  MONITORING_IN_CLAUSE,
  NOT_PROMISE_ADVERBS,
  OFFER_STATES,
  PREDICTION_VERBS,
  STATE_ADJECTIVES,
  TIME_PASSING,
  TIME_WORDS,
  WAIT_AND_SEE,
  DETERMINERS,
  ROLE_NOUNS,
} from '@/lib/analysis/commitments/lexicon';
import type { Token } from '@/lib/analysis/commitments/tokens';

export interface Predicate {
  /** Not a promise at all: a negation, prediction, offer, possibility or wait-and-see. */
  rejected: boolean;
  /** The main verb, lower case ("send", "be"). */
  verb: string;
  /** "will be set", "will be held": a passive. */
  passive: boolean;
  /** The agent of a passive ("by Miss Okoro", "by the SEN Panel"), as written. */
  agent?: string;
  /** "will be on 12th March", "will be in 7R": a copula with a place or time. */
  copulaPlace: boolean;
  /** "will be -ing". */
  progressive: boolean;
}

const SKIP = new Set(['also', 'then', 'now', 'still', 'just', 'definitely', 'certainly', 'hopefully', 'both', 'all', 'each', 'personally', 'initially', 'first', 'further', 'additionally', 'again', 'immediately', 'happily', 'gladly', 'shortly', 'soon', 'once', 'therefore', 'thus', 'subsequently', 'later']);
/** Verbs that end in -ly, not adverbs: "will apply", "will reply". */
const LY_VERBS = new Set(['apply', 'reply', 'supply', 'rely', 'comply', 'multiply', 'fly', 'ally', 'rally', 'bully', 'tally']);
/** "will carefully check", "will be regularly reviewed": a manner adverb between marker and verb does not matter. */
const isMannerAdverb = (w: string) => /^[a-z]{3,}ly$/.test(w) && !LY_VERBS.has(w) && !NOT_PROMISE_ADVERBS.has(w);
const isParticiple = (w: string) => /^[a-z]{3,}(?:ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
const PLACE_WORDS = new Set(['on', 'at', 'in', 'with', 'during', 'from', 'after', 'before', 'over', 'next', 'this', 'by', 'held', 'there', 'here', 'joining', 'allowed', 'every', 'each', 'weekly', 'daily', 'fortnightly', 'termly', 'monthly', 'until', 'till']);
/** Role nouns that may close a two-part name joined by "and" in an agent ("speech and language therapist"). */
const AGENT_ROLE_HEADS = /^(?:therapists?|assistants?|teachers?|coordinators?|co-ordinators?|officers?|workers?|practitioners?|advisers?|advisors?|specialists?|leads?|managers?)$/i;
const AGENT_NOT = /^(?:the\s+)?(?:end|start|beginning|middle|time|latest|close|date|deadline|then|week|month|term|half)\b/i;

/**
 * Reads the words after the marker. `words` are the tokens from the marker's end to the clause end;
 * `rest` is the clause text after the marker.
 */
export function readPredicate(words: Token[], rest: string, restStart: number, forChild: boolean, forThing: boolean, forThere = false): Predicate {
  const p: Predicate = { rejected: false, verb: '', passive: false, copulaPlace: false, progressive: false };
  let i = 0;
  const w = () => words[i]?.lower ?? '';
  // Adverbs between the marker and the verb: "will also", "will then", "will not", "will probably".
  while (i < words.length && i < 6) {
    // "We will always involve parents": a standing promise from the school's side, a habit for anyone else.
    if (w() === 'always' && !forChild && !forThing) {
      i++;
      continue;
    }
    if (NOT_PROMISE_ADVERBS.has(w())) return { ...p, rejected: true };
    // "we will no longer need to stagger her start": a need negated, not an action.
    if (w() === 'no' && words[i + 1]?.lower === 'longer' && words[i + 2]?.lower === 'need') return { ...p, rejected: true };
    if (words[i]!.text === ',') {
      // "We will, of course, keep you updated": step over a short aside between commas.
      let j = i + 1;
      while (j < words.length && j - i <= 5 && words[j]!.text !== ',') j++;
      if (j < words.length && words[j]!.text === ',' && j > i + 1) {
        i = j + 1;
        continue;
      }
    }
    if (!words[i]!.word) return { ...p, rejected: true };
    if (SKIP.has(w()) || isMannerAdverb(w())) i++;
    else break;
  }
  const verb = w();
  p.verb = verb;
  if (!verb) return { ...p, rejected: true };
  const from = words[i]!.start;
  const restFromVerb = rest.slice(Math.max(0, from - restStart));
  if (WAIT_AND_SEE.test(restFromVerb) && !MONITORING_IN_CLAUSE.test(restFromVerb.replace(WAIT_AND_SEE, ''))) return { ...p, rejected: true };
  if (TIME_PASSING.test(restFromVerb)) return { ...p, rejected: true };

  // "it'll then screened by a practitioner": a passive with its "be" dropped by a typo, known by its "by".
  const missingBe = /^[a-z]{3,}ed$/.test(verb) && words[i + 1]?.lower === 'by';
  if (verb === 'be' || missingBe) {
    if (!missingBe) i++;
    while (i < words.length && (w() === 'also' || w() === 'then' || w() === 'now' || w() === 'still' || w() === 'hopefully' || w() === 'there' || isMannerAdverb(w()))) i++;
    const next = w();
    if (!next) return { ...p, rejected: true };
    if (next === 'able' && words[i + 1]?.lower === 'to') {
      // "we will hopefully be able to offer…": a hedged promise for the school's side.
      p.verb = words[i + 2]?.lower ?? '';
      return p;
    }
    if (OFFER_STATES.has(next) && !forThing) return { ...p, rejected: true };
    // "The plan will be ready for you to sign": a document the school will have finished.
    if (next === 'ready' && forThing && !forThere) {
      p.verb = next;
      return p;
    }
    if (STATE_ADJECTIVES.has(next) || (next === 'a' && /^(?:bit|little)$/.test(words[i + 1]?.lower ?? ''))) return { ...p, rejected: true };
    if (/^[a-z]+ing$/.test(next) && next !== 'during') {
      p.progressive = true;
      p.verb = next;
      if (forChild && PREDICTION_VERBS.has(next.replace(/ing$/, ''))) return { ...p, rejected: true };
      return p;
    }
    if (isParticiple(next)) {
      p.passive = true;
      p.verb = next;
      // The agent: the first "by" after the participle that names a person or a body, not a date.
      for (let j = i + 1; j < Math.min(words.length, i + 14); j++) {
        if (words[j]!.lower !== 'by') continue;
        // "set and agreed by you, the class teacher and your child": the parent is not who acts; the staff named next are.
        const you = words[j + 1]?.lower === 'you' && (words[j + 2]?.text === ',' || words[j + 2]?.lower === 'and') ? 2 : 0;
        if (you) j += you;
        const after = words.slice(j + 1, j + 8);
        const text = after.map((t) => t.text).join(' ');
        if (AGENT_NOT.test(text) || !after[0]) break;
        const title = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/.test(after[0].text);
        const role = /^(?:the|our|his|her|their|a|an)$/i.test(after[0].text);
        // "reviewed by class staff", "assessed by speech and language therapists": a bare role.
        if (!title && !role) {
          const bareRole = /^((?:[a-z-]+\s+){0,3}?(?:staff|teachers?|therapists?|assistants?|tas|senco|sendco|specialists?|practitioners?|clinicians?))\b/i.exec(text);
          if (bareRole && !/^(?:all|every|some|any)\b/i.test(bareRole[1]!)) p.agent = bareRole[1]!;
          break;
        }
        const parts: string[] = [];
        for (const t of after) {
          // "by the speech and language therapist": an "and" inside a role's name.
          // "by our Referral and Information Officers": one team's name, not two agents; "and the SENCo" is a second one.
          const k = after.indexOf(t);
          if (t.lower === 'and' && parts.length > 0 && !DETERMINERS.has(after[k + 1]?.lower ?? '') && after.slice(k + 1, k + 4).some((n) => AGENT_ROLE_HEADS.test(n.text))) {
            parts.push(t.text);
            continue;
          }
          if (!t.word || (parts.length > 0 && (/^(?:who|which|to|and|on|at|in|for|with|by|from|before|after|when|next|this|last|every|each)$/.test(t.lower) || TIME_WORDS.has(t.lower)))) break;
          parts.push(t.text);
        }
        if (title) p.agent = parts.slice(0, 3).join(' ');
        // "by a mental health practitioner": an indefinite agent only when it ends in a role.
        else if ((/^(?:the|our)$/i.test(parts[0] ?? '') || (/^(?:a|an)$/i.test(parts[0] ?? '') && ROLE_NOUNS.has(parts[parts.length - 1]!.toLowerCase()))) && parts.length > 1) {
          p.agent = parts.join(' ');
          // "by our specialist assessor, Mr Lindgren": the name in apposition is who will act.
          const k = j + 1 + parts.length;
          if (words[k]?.text === ',' && /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/.test(words[k + 1]?.text ?? '') && /^[A-Z]/.test(words[k + 2]?.text ?? ''))
            p.agent = `${words[k + 1]!.text} ${words[k + 2]!.text}`;
        }
        break;
      }
      return p;
    }
    p.copulaPlace = true;
    // "will be on the SEN register": where a thing is listed, not when an event is held.
    if (forThing && next === 'on' && /^(?:the|a|an|his|her|their|our|its)$/.test(words[i + 1]?.lower ?? '') && /^[a-z]/.test(words[i + 2]?.lower ?? '') && !TIME_WORDS.has(words[i + 2]!.lower))
      return { ...p, rejected: true };
    if (forThing && !forThere && !PLACE_WORDS.has(next) && !/^\d/.test(next)) return { ...p, rejected: true };
    return p;
  }

  // "will have six weeks to respond": a statutory period described, not an action promised.
  if (verb === 'have' && /^\s*(?:up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|a)\s+(?:school\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?)\s+(?:to|in\s+which)\b/i.test(restFromVerb.slice(4)))
    return { ...p, rejected: true };
  if (forChild) {
    if (PREDICTION_VERBS.has(verb)) return { ...p, rejected: true };
    if (verb === 'get' && GET_PREDICTIONS.has(words[i + 1]?.lower ?? '')) return { ...p, rejected: true };
    if (verb === 'make' && words.slice(i + 1, i + 4).some((t) => MAKE_PREDICTIONS.has(t.lower))) return { ...p, rejected: true };
    if (verb === 'have' && words[i + 1]?.lower === 'to') return { ...p, rejected: true };
  }
  if (forThing) {
    if (!EVENT_VERBS.has(verb)) return { ...p, rejected: true };
    if (verb === 'take' && words[i + 1]?.lower !== 'place') return { ...p, rejected: true };
  }
  return p;
}
