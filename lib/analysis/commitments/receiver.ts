// The parent, or pupils as a group, as the ones the school's side acts on (guidelines §2, revised):
// "You will receive a copy", "you will be sent the draft plan", "Parents/carers will be informed",
// "Children on the SEN register will have their targets reviewed". What the parent is asked to do
// ("You will need to…", "you will be asked to…") stays a request, not a promise.
import { readPredicate } from '@/lib/analysis/commitments/predicate';
import type { Token } from '@/lib/analysis/commitments/tokens';

/** Passives that ask something of the one they name: a request, not something done for them. */
const REQUEST_PASSIVES = new Set(`
  asked expected required encouraged needed reminded advised requested obliged welcomed welcome allowed
  permitted charged responsible
`.trim().split(/\s+/));

/** What the parent is consulted on: their consent, views, wishes or feelings. */
const CONSULTED = /\bfor\s+(?:their|your|his|her)?\s*(?:consent|views?|wishes|feelings|opinions?)\b/i;

/** Active verbs by which the parent receives what the school's side sends. */
const RECEIVE_VERBS = new Set(['receive', 'get', 'hear']);
/** Active verbs by which pupils receive provision ("will have a plan", "will continue to be reviewed"). */
const PROVISION_VERBS = new Set(['have', 'receive', 'get', 'continue', 'start', 'begin', 'join', 'attend']);

// "You will receive a decision letter from the LA": the sender named after "from" is who acts.
const FROM_SENDER = /^[^.;:]{0,80}?\bfrom\s+((?:the|our)\s+(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+)/;

/** "have their plan reviewed by the SENCo", "have targets set by Mrs Cole": a titled name or a role after "by". */
const HAD_DONE_BY =
  /^have\s+(?:[\w'’-]+\s+){1,5}?(?:[a-z]+ed|[a-z]+en|set|met|done|made|put)\s+(?:[a-z]+ly\s+)?by\s+((?:the|their|his|her|your\s+child['’]s)\s+(?:(?!(?:and|or|in|at|on|every|each|to|for|with|termly|weekly|before|after)\b)[A-Za-z-]+\s*){1,3}|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+)/;

export interface Receiving {
  /** Who will act: an agent named in the clause, else the school. */
  actor: string;
}

export function receivingPromise(words: Token[], rest: string, restStart: number, pupils: boolean): Receiving | null {
  if (/^\s*(?:\w+\s+){0,2}be\s+able\b/i.test(rest)) return null;
  const pred = readPredicate(words, rest, restStart, pupils, false);
  if (pred.rejected) return null;
  if (pred.passive) {
    // "Parents will be asked for consent / for their views": the school's side consulting them, not a request.
    if (REQUEST_PASSIVES.has(pred.verb) && !(pred.verb === 'asked' && CONSULTED.test(rest))) return null;
    return { actor: pred.agent ?? 'school' };
  }
  if (pred.progressive || pred.copulaPlace) return null;
  const verbs = pupils ? PROVISION_VERBS : RECEIVE_VERBS;
  if (!verbs.has(pred.verb)) return null;
  const after = rest.slice(Math.max(0, rest.search(new RegExp(`\\b${pred.verb}\\b`, 'i'))));
  // "you will get to choose", "they will continue to find it hard": not something the school provides.
  if (pred.verb === 'get' && /^get\s+to\b/i.test(after)) return null;
  // "they will have to wait": an obligation, not provision.
  if (pred.verb === 'have' && /^have\s+to\b/i.test(after)) return null;
  if (pred.verb === 'continue' && !/^continue\s+(?:to\s+(?:be\s+\w+ed|be\s+\w+en|have|receive|get|attend|access|work\s+with)\b|with\b)/i.test(after)) return null;
  const from = FROM_SENDER.exec(after);
  if (from) return { actor: from[1]! };
  // "…will have their support plan reviewed by the SENCo": the agent of what is had done.
  const by = pred.verb === 'have' ? HAD_DONE_BY.exec(after) : null;
  return { actor: by ? by[1]!.trim() : 'school' };
}
