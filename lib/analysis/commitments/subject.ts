// The subject of a future marker: the noun phrase just before "will", read backwards a word at a
// time, and what it stands for (the sender, the school, a named person or role, the child, a thing).
import {
  CHILD_STATE_NOUNS,
  DETERMINERS,
  EVENT_NOUNS,
  NON_ACTOR_SUBJECTS,
  NP_BREAKERS,
  NP_INNER_PREPOSITIONS,
  ORG_ACRONYMS,
  ROLE_NOUNS,
  SCHOOL_NOUNS,
  TIME_WORDS,
  TITLES,
  WH_WORDS,
  WHOLE_SCHOOL_EVENTS,
  WHOLE_SCHOOL_HEADS,
} from '@/lib/analysis/commitments/lexicon';
import { isFirstName } from '@/lib/analysis/commitments/names';
import type { People } from '@/lib/analysis/commitments/people';
import { bare, isCapitalised, isPossessive, type Token } from '@/lib/analysis/commitments/tokens';

export type SubjectKind =
  | 'sender' // I
  | 'school' // we, the school, our team
  | 'person' // Mrs Okafor, the SENCo, his teachers, JF
  | 'child' // Leo, he, she: future provision
  | 'thing' // the meeting, it, this, work: announced events and passives
  | 'there' // "There will be…"
  | 'none'; // not the school's side

export interface Subject {
  kind: SubjectKind;
  start: number;
  end: number;
  /** The actor as written, for 'person'. */
  actor?: string;
  /** A pronoun he/she, to be resolved against the sentence. */
  pronoun?: 'he' | 'she';
  /** "my report": a thing belonging to the sender. */
  mine?: boolean;
  /** A capitalised word that may be the child's name or a sentence-initial common noun. */
  unsure?: boolean;
  /**
   * A thing that is not a known event or document ("his reading age", "the strategies", "your
   * request"): a promise only if something will be done to it or it will go on, move or start.
   */
  generic?: boolean;
  /** A generic thing that is the child's state ("his anxiety"): only a passive makes it a promise. */
  childState?: boolean;
}

const MAX_NP = 9;

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them']);
/** "next time", "same time": words before "time" that make it a time expression. */
const MODIFIER_NOT_NOUN = new Set(['next', 'last', 'same', 'first', 'long', 'short', 'free', 'good', 'right', 'other', 'any', 'some']);

const isBreaker = (t: Token) => !t.word || NP_BREAKERS.has(t.lower) || TIME_WORDS.has(bare(t)) || /^\d+(?:st|nd|rd|th)?$/.test(t.lower);
const isNounish = (t: Token | undefined) => !!t && t.word && !isBreaker(t) && !DETERMINERS.has(t.lower);

/** The start index of the noun phrase ending at tokens[end], or -1. */
function nounPhraseStart(tokens: Token[], end: number): number {
  let i = end;
  let prepUsed = false;
  let start = -1;
  // "Mr Ahmed (SALT) will": skip a short parenthetical at the end.
  if (tokens[i]?.text === ')') {
    let j = i - 1;
    while (j >= 0 && i - j <= 6 && tokens[j]!.text !== '(') j--;
    if (j < 0 || tokens[j]!.text !== '(') return -1;
    i = j - 1;
  }
  // "his 1:1 time with me will": an object pronoun after an inner preposition ends the phrase.
  if (OBJECT_PRONOUNS.has(tokens[i]?.lower ?? '') && NP_INNER_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && (isNounish(tokens[i - 2]) || tokens[i - 2]?.lower === 'time')) {
    prepUsed = true;
    i -= 2;
  }
  const last = i;
  while (i >= 0 && last - i < MAX_NP) {
    const t = tokens[i]!;
    if (TITLES.has(bare(t)) && i < last) {
      // "Lily's support with Miss Varga will…": the name qualifies a thing, it is not the subject.
      const prep = tokens[i - 1];
      if (!prepUsed && prep && NP_INNER_PREPOSITIONS.has(prep.lower) && isNounish(tokens[i - 2]) && !TITLES.has(bare(tokens[i - 2]!))) {
        prepUsed = true;
        i -= 2;
        continue;
      }
      return i;
    }
    // "his 1:1 time", "her lunch time": "time" after a noun modifier is a noun, not a time word.
    if (i === last && t.lower === 'time' && isNounish(tokens[i - 1]) && !MODIFIER_NOT_NOUN.has(tokens[i - 1]!.lower)) {
      start = i;
      i--;
      continue;
    }
    if (DETERMINERS.has(t.lower) || isPossessive(t)) {
      // "that Maya will…": a complementiser before a name, not a determiner.
      if (/^(?:that|this|these|those|all|each|every|some|any)$/.test(t.lower) && isCapitalised(tokens[i + 1]) && i < last) return start;
      start = i;
      // "Section F of his plan", "a member of staff": one inner preposition may continue the phrase.
      const prep = tokens[i - 1];
      if (!prepUsed && prep && NP_INNER_PREPOSITIONS.has(prep.lower) && isNounish(tokens[i - 2])) {
        prepUsed = true;
        i -= 2;
        continue;
      }
      return start;
    }
    if (isBreaker(t)) {
      if (!prepUsed && i < last && NP_INNER_PREPOSITIONS.has(t.lower) && isNounish(tokens[i - 1])) {
        prepUsed = true;
        i--;
        continue;
      }
      return start;
    }
    start = i;
    i--;
  }
  return start;
}

/** "Mrs Khan, the SENCo at Brookside," / "His form tutor, Miss Barker," / "Mr Nowak, who is now our SENCo,". */
function isAppositive(seg: Token[]): boolean {
  if (seg.length === 0 || seg.length > 12) return false;
  const first = seg[0]!;
  if (first.lower === 'who') return true;
  if (seg.some((t) => !t.word && t.text !== '(' && t.text !== ')' && t.text !== "'")) return false;
  if (TITLES.has(bare(first)) && isCapitalised(seg[1])) return true;
  const words = seg.map(bare);
  if (!(DETERMINERS.has(first.lower) || isPossessive(first) || ROLE_NOUNS.has(words[0]!))) return false;
  return words.some((w) => ROLE_NOUNS.has(w));
}

const PRONOUNS: Record<string, SubjectKind> = { i: 'sender', we: 'school', he: 'child', she: 'child', it: 'thing', this: 'thing', that: 'thing', there: 'there' };

/** A titled name inside tokens[from..to]: "Mrs Okafor", "Mrs N Khan", "Dr Miriam Shah". */
export function titledName(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    if (!TITLES.has(bare(tokens[i]!)) || !isCapitalised(tokens[i + 1])) continue;
    let j = i + 1;
    const parts = [tokens[i]!.text];
    while (j <= to && j < tokens.length && isCapitalised(tokens[j]) && parts.length < 4 && !TIME_WORDS.has(bare(tokens[j]!))) {
      parts.push(tokens[j]!.text.replace(/['’]s$/, ''));
      if (isPossessive(tokens[j])) break;
      j++;
    }
    return parts.join(' ');
  }
  return null;
}

/** "Following the consultation I will…": the noun before the pronoun ends a time adverbial, not a noun the clause describes. */
function afterTimePreposition(tokens: Token[], nounAt: number): boolean {
  for (let i = nounAt - 1; i >= 0 && nounAt - i <= 4; i--) {
    const w = tokens[i]!.lower;
    if (/^(?:following|after|before|during|until|till)$/.test(w)) return true;
    if (!tokens[i]!.word || NP_BREAKERS.has(w)) return false;
  }
  return false;
}

/** Reads the subject backwards from the token just before the marker. */
export function findSubject(tokens: Token[], people: People): Subject | null {
  let end = tokens.length - 1;
  if (end < 0) return null;
  const last = tokens[end]!;
  const pron = PRONOUNS[last.lower];
  if (pron || last.word && (NON_ACTOR_SUBJECTS.has(last.lower) || last.lower === 'who' || last.lower === 'which' || last.lower === 'us')) {
    // "how everything will work", "who he will share with": an embedded question promises nothing.
    const before = tokens[end - 1];
    if (before && WH_WORDS.has(before.lower) && last.lower !== 'that') return { kind: 'none', start: last.start, end: last.end };
    if (!pron) return { kind: 'none', start: last.start, end: last.end };
    // "the form that will…" is a relative clause; "That will be…" opens one.
    if (last.lower === 'that' && before && before.word && !NP_BREAKERS.has(before.lower)) return null;
    // "the support she will receive": a contact clause describing a noun, not a promise.
    if ((pron === 'child' || pron === 'sender' || pron === 'school') && before && EVENT_NOUNS.has(bare(before)) && !TIME_WORDS.has(bare(before)) && !afterTimePreposition(tokens, end - 1))
      return null;
    const s: Subject = { kind: pron, start: last.start, end: last.end };
    if (pron === 'child') s.pronoun = last.lower as 'he' | 'she';
    return s;
  }
  // "Mrs Khan, the SENCo at Brookside, will…": an appositive between commas.
  let appositiveFrom = -1;
  if (last.text === ',') {
    let j = end - 1;
    while (j >= 0 && end - j <= 13 && tokens[j]!.text !== ',') j--;
    if (j < 1 || tokens[j]!.text !== ',' || !isAppositive(tokens.slice(j + 1, end))) return null;
    appositiveFrom = j + 1;
    end = j - 1;
  }
  const start = nounPhraseStart(tokens, end);
  if (start < 0) return null;
  const span = { start: tokens[start]!.start, end: tokens[appositiveFrom >= 0 ? tokens.length - 2 : end]!.end };
  const np = tokens.slice(start, end + 1);
  // "Year 5 swimming lessons will begin…": a year group's notice, whatever the noun.
  if (/^\d{1,2}$/.test(tokens[start - 1]?.lower ?? '') && /^(?:year|yr|y)$/.test(tokens[start - 2]?.lower ?? '')) return { kind: 'none', start: tokens[start]!.start, end: tokens[end]!.end };
  const appositive = appositiveFrom >= 0 ? tokens.slice(appositiveFrom, tokens.length - 1) : [];
  return classify(np, appositive, span, people);
}

function classify(np: Token[], appositive: Token[], span: { start: number; end: number }, people: People): Subject {
  // Words before an inner preposition carry the head ("the SENCo at Brookside", "a member of staff").
  const prepAt = np.findIndex((t, i) => i > 0 && NP_INNER_PREPOSITIONS.has(t.lower));
  const headPart = prepAt > 0 ? np.slice(0, prepAt) : np;
  const all = [...headPart, ...appositive];
  const named = titledName(all, 0, all.length - 1);
  if (named) {
    const surname = named.split(' ').pop()!.toLowerCase();
    if (people.parents.has(surname)) return { kind: 'none', ...span };
    return { kind: 'person', actor: named, ...span };
  }
  const words = np.map(bare);
  const heads = headPart.map(bare);
  const head = heads[heads.length - 1]!;
  const asWritten = np.map((t) => t.text).join(' ').replace(/\s+([)])/g, '$1').replace(/([(])\s+/g, '$1');
  const det = words[0]!;

  if (words.some((w) => w === 'all' || w === 'every' || w === 'whole') && heads.some((w) => WHOLE_SCHOOL_HEADS.has(w) || w === 'school'))
    return { kind: 'none', ...span };
  if (heads.some((w) => WHOLE_SCHOOL_EVENTS.has(w))) return { kind: 'none', ...span };
  if (heads[0] === 'year' && heads.length <= 3) return { kind: 'none', ...span };
  if (words.includes('staff') && !heads.some((w) => ROLE_NOUNS.has(w) && w !== 'staff')) return { kind: 'school', ...span };
  if (heads.some((w) => SCHOOL_NOUNS.has(w)) && !heads.some((w) => ROLE_NOUNS.has(w) && !SCHOOL_NOUNS.has(w))) return { kind: 'school', ...span };
  // Initials in minutes: "JF will send…".
  if (np.length === 1 && /^[A-Z]{2,3}$/.test(np[0]!.text) && !ORG_ACRONYMS.has(head)) return { kind: 'person', actor: np[0]!.text, ...span };
  if (heads.some((w) => ROLE_NOUNS.has(w)) && !(heads.length === 1 && isCapitalised(np[0]) && !ORG_ACRONYMS.has(head) && !ROLE_NOUNS.has(head))) {
    if (det === 'your' || words.some((w) => people.parents.has(w))) return { kind: 'none', ...span };
    return { kind: 'person', actor: asWritten, ...span };
  }
  // "a member of staff", "one of our mentors", "someone from the team": whoever the group is.
  if (prepAt > 0 && heads.some((w) => /^(?:member|members|one|someone|somebody)$/.test(w))) {
    const group = np.slice(prepAt + 1).map(bare);
    if (group.some((w) => SCHOOL_NOUNS.has(w))) return { kind: 'school', ...span };
    if (group.some((w) => ROLE_NOUNS.has(w))) return { kind: 'person', actor: asWritten, ...span };
  }
  if (det === 'your' && heads.length === 2 && /^(?:child|son|daughter)$/.test(head)) return { kind: 'child', ...span };
  if (EVENT_NOUNS.has(head) || heads.some((w) => EVENT_NOUNS.has(w))) {
    // "Your request will go to panel": the parent's document, handled by the school.
    if (det === 'your') return { kind: 'thing', generic: true, ...span };
    return { kind: 'thing', mine: det === 'my', ...span };
  }
  if (NON_ACTOR_SUBJECTS.has(head) || WHOLE_SCHOOL_HEADS.has(head)) return { kind: 'none', ...span };
  // Capitalised names: staff or professionals by first name, else the child.
  if (np.every((t) => isCapitalised(t) || isPossessive(t)) && np.length <= 3) {
    const first = bare(np[0]!);
    if (people.parents.has(first) || people.parents.has(head)) return { kind: 'none', ...span };
    if (people.staffFirstNames.has(first)) return { kind: 'person', actor: asWritten, ...span };
    // A word the email never uses as a name elsewhere: the child only if it reads as a first name, or
    // (decided by the caller) if what follows is provision ("Zara will have…", not "Lunch will be served").
    if (np.length === 1 && !people.names.has(first) && !isFirstName(np[0]!.text)) return { kind: 'child', unsure: true, ...span };
    if (np.length >= 2 && !isPossessive(np[0])) return { kind: 'person', actor: asWritten, ...span };
    if (isPossessive(np[0])) return { kind: 'none', ...span };
    return { kind: 'child', ...span };
  }
  // "His reading age will be retested", "Tyler's movement breaks will continue", "The strategies in my
  // report will be shared": something of the child's or a definite thing, for the caller to judge.
  if (np.length >= 2 && (/^(?:the|his|her|their)$/.test(np[0]!.lower) || isPossessive(np[0])))
    return { kind: 'thing', generic: true, childState: CHILD_STATE_NOUNS.has(head), ...span };
  return { kind: 'none', ...span };
}
