// Is a warning sign about THIS child (guidelines §4)? A council page on how suspensions work, a
// policy's "children may be removed from the register", "Noah will not be suspended" and a
// whole-school closure all use the same words as a real exclusion letter. Decided per sentence
// from cheap signals, strongest first:
//   1. a negation in the same clause, or a whole-school closure: not a warning sign;
//   2. a pupil in general as the one affected ("if a pupil", "children may"): not one;
//   3. the child named, or he/she, or a template's [child's name]: a warning sign;
//   4. the words of a policy text, or a generic "your child" ("if your child is excluded"): not one;
//   5. event or proposal wording ("we have had to", "we are proposing", "as agreed", "was"),
//      the parent's "my son", or a date in the sentence: a warning sign.
// Anything else is general information.
import { isFirstName } from '@/lib/analysis/commitments/names';
import {
  CHILD_PRONOUN,
  CHILD_REFERENCE,
  CLAUSE_BREAK,
  CLOSURE_WORDING,
  EVENT_WORDING,
  GENERIC_PRONOUN_PAIR,
  GENERIC_SUBJECT,
  GENERIC_YOUR_CHILD,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NOT_NAMES,
  POLICY_WORDING,
} from '@/lib/analysis/concerns/child-signals';

const re = (source: string, flags = 'i') => new RegExp(source, flags);

const PAIR = re(GENERIC_PRONOUN_PAIR, 'gi');
const PRONOUN = re(CHILD_PRONOUN);
const REFERENCE = re(CHILD_REFERENCE);
const BREAK = re(CLAUSE_BREAK, 'gi');
const CLOSURE = re(CLOSURE_WORDING);
const EVENT = re(EVENT_WORDING);
const GENERIC = re(GENERIC_SUBJECT);
const YOUR_CHILD_GENERIC = re(GENERIC_YOUR_CHILD);
const NEG_BEFORE = re(NEGATION_BEFORE);
const NEG_AFTER = re(NEGATION_AFTER);
const POLICY = re(POLICY_WORDING);
/** Capitalised words not straight after a title (a title means staff: "Mrs Doyle"). */
const CAPITALISED = /(?<!\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s)\b[A-Z][a-z'’-]{1,20}\b/g;

/** How far back a negation may stand: one clause, and never more than this many characters. */
const CLAUSE_WINDOW = 80;

/** What a sentence says about who is affected: worked out once per sentence, however many cues it holds. */
export type SentenceVerdict = 'closure' | 'child' | 'general' | 'none';

export interface ConcernSpot {
  /** The sentence's text, and the warning sign's offsets within it. */
  sentence: string;
  start: number;
  end: number;
  /** The rule's own pattern carries the negation ("won't take him full time", "can't ... until"). */
  keepsNegation: boolean;
}

/** The clause that ends where the warning sign starts. */
function clauseBefore(sentence: string, start: number): string {
  const from = Math.max(0, start - CLAUSE_WINDOW);
  const text = sentence.slice(from, start);
  let cut = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) cut = m.index + m[0].length;
  return text.slice(cut);
}

/** How many distinct words one email may test as names: each test reads the whole body once. */
const MAX_NAME_TESTS = 40;

/**
 * A per-email test for the child's first name: a capitalised word the email itself uses as a name
 * ("Isla's", "Kai (Year 5)", "Leo has"), or one compromise knows as a first name.
 */
export function nameTest(body: string): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return known;
    if (answers.size >= MAX_NAME_TESTS) return false;
    const used = new RegExp(String.raw`\b${word}(?:['’]s\b|\s+\(Year\b|\s+(?:has|had|is|was|will|would|can|could|did|does|needs|attends|seems)\b)`);
    const answer = used.test(body) || isFirstName(word);
    answers.set(word, answer);
    return answer;
  };
}

function namesChild(sentence: string, isName: (word: string) => boolean): boolean {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
    const word = m[0].replace(/['’]s$/, '');
    if (!NOT_NAMES.has(word) && isName(word)) return true;
  }
  return false;
}

/** Steps 1 (the closure) to 5 of the header, for the whole sentence. */
export function judgeSentence(sentence: string, isName: (word: string) => boolean, hasDate: boolean): SentenceVerdict {
  if (CLOSURE.test(sentence)) return 'closure';
  // "he or she" is the generic pupil of a policy, not a child: blank it out, keeping offsets.
  const text = sentence.replace(PAIR, (m) => ' '.repeat(m.length));
  if (GENERIC.test(text)) return 'general';
  if (PRONOUN.test(text) || namesChild(text, isName)) return 'child';
  const reference = REFERENCE.exec(text);
  if (reference && reference[0].startsWith('[')) return 'child';
  if (POLICY.test(text) || YOUR_CHILD_GENERIC.test(text)) return 'general';
  return reference !== null || EVENT.test(text) || hasDate ? 'child' : 'none';
}

/** Step 1 for one warning sign: a negation in its own clause, or just after it. */
export function negated(spot: ConcernSpot): boolean {
  if (spot.keepsNegation) return false;
  const { sentence, start, end } = spot;
  return NEG_BEFORE.test(clauseBefore(sentence, start)) || NEG_AFTER.test(sentence.slice(end, end + 60));
}
