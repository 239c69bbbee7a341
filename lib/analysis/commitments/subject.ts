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
  | 'receiver' // you, parents and carers: the school's side acts on them ("You will be sent…")
  | 'pupils' // children, pupils: a policy for pupils with SEN ("Children on the register will have…")
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
  /** The head noun of a known event or document ("meeting", "plan"). */
  head?: string;
  /** A "they" the sentences just before do not explain, taken as the school's side by its errand verb. */
  unresolvedThey?: boolean;
  /** First names joined in a list ("Glynis, Tracy or Demi"), as written: staff if what follows is a staff errand. */
  names?: string;
}

const MAX_NP = 9;
/** Longest aside in brackets between a subject and its marker, in tokens. */
const MAX_PARENTHETICAL = 16;
/** Longest relative clause between commas ("Review meetings, that include teacher, parents and …, will"). */
const MAX_RELATIVE_ASIDE = 24;
/** Heads that a participle may post-modify as a person: "the person arranging the review". */
const PERSON_HEADS = new Set(['person', 'adult', 'adults', 'professional', 'professionals', 'someone', 'colleague', 'colleagues']);
/** Singular pupil heads: a policy subject only with a determiner and a post-modifier ("A child on the SEN register"). */
const PUPIL_SINGULAR = new Set(['child', 'pupil', 'student']);
/** Nouns whose "that"-clause describes or reports, not promises ("the support that your child will get", "the notification that…"). */
const THAT_CLAUSE_NOUNS = new Set(['notification', 'news', 'confirmation', 'information', 'fact', 'idea', 'expectation', 'possibility', 'chance', 'risk', 'likelihood', 'hope', 'things', 'ways', 'steps', 'strategies', 'resources', 'adjustments']);

/** How far back "let us know (as soon as possible) if…" may find its verb of knowing. */
const IF_REACH = 6;

/** Verbs and words after which "when" opens an embedded question ("not sure when he will…"). */
const KNOWING = new Set(['know', 'knows', 'sure', 'tell', 'confirm', 'certain', 'idea', 'unclear', 'clear', 'decide', 'decided', 'ask', 'wonder', 'see', 'say', 'predict']);

/** Words that open a short aside ("where appropriate", "if needed", "of course") before the verb. */
const ASIDE_OPENERS = new Set(['where', 'if', 'when', 'as', 'of', 'wherever', 'whenever', 'once', 'then', 'therefore', 'however', 'again', 'also', 'hopefully', 'where', 'in', 'with', 'alongside', 'together', 'following']);

/** The parent as the one acted on: "Parents/carers will be informed", "Parent carers will be offered…". */
const RECEIVER_HEADS = new Set(['parents', 'parent', 'carers', 'carer', 'families', 'family']);
/** Pupils as a group: a promise only as provision for pupils with SEN, decided by the caller. */
const PUPIL_HEADS = new Set(['children', 'pupils', 'students']);

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
  // "Mr Ahmed (SALT) will", "teachers and parents (in some cases drawing on other professionals) will":
  // skip a parenthetical at the end.
  if (tokens[i]?.text === ')') {
    let j = i - 1;
    while (j >= 0 && i - j <= MAX_PARENTHETICAL && tokens[j]!.text !== '(') j--;
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
    // "The headteacher/ principal", "Co-ordinator (SENDCo)/ Inclusion Leader": joined roles are one subject.
    if (t.text === '/' && i < last && i > 0) {
      i--;
      if (tokens[i]!.text === ')') {
        let j = i - 1;
        while (j >= 0 && i - j <= 6 && tokens[j]!.text !== '(') j--;
        if (j < 1) return start;
        i = j - 1;
      }
      continue;
    }
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
      // "your child's progress": the determiner before a possessive belongs to the phrase too.
      if (isPossessive(t) && DETERMINERS.has(tokens[i - 1]?.lower ?? '')) start = --i;
      // "The person arranging the review": a participle after a person noun continues the phrase.
      if (!prepUsed && personParticiple(tokens, i - 1)) {
        prepUsed = true;
        i -= 2;
        continue;
      }
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

/** tokens[at] is a participle ("arranging", "working") straight after a person noun ("person", "professional"). */
function personParticiple(tokens: Token[], at: number): boolean {
  const ing = tokens[at];
  const head = tokens[at - 1];
  if (!ing || !head || !/^[a-z]{3,}ing$/.test(ing.lower) || NP_BREAKERS.has(ing.lower) || !head.word) return false;
  const h = bare(head);
  return PERSON_HEADS.has(h) || (ROLE_NOUNS.has(h) && !SCHOOL_NOUNS.has(h));
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
    // "At that meeting we will agree…", "In the review we will look at…": a time or place, not a noun described.
    if (/^(?:following|after|before|during|until|till|at|in|on)$/.test(w)) return true;
    if (!tokens[i]!.word || (NP_BREAKERS.has(w) && !DETERMINERS.has(w))) return false;
  }
  return false;
}

/** Words that open a post-modifier after "children": "identified as…", "needing…", "who have…", "on the register". */
const POST_MODIFIER = /^(?:who|that|with|on|in|identified|needing|working|having|receiving|requiring|accessing|attending|whose|at)$/;

/**
 * "Children identified as having SEN will…", "Pupils who need extra help with reading will…": a pupil
 * subject with a post-modifier that the backward noun-phrase scan cannot cross. Only at the start of a
 * clause, so "the help children with SEN will get" (an object before it) is not a subject.
 */
function pupilsWithModifier(tokens: Token[], end: number): Subject | null {
  for (let i = end - 1; i >= 0 && end - i <= 16; i--) {
    const t = tokens[i]!;
    if (!t.word && t.text !== '(' && t.text !== ')' && t.text !== '/' && t.text !== "'" && t.text !== '’') return null;
    const singular = PUPIL_SINGULAR.has(t.lower);
    if ((!PUPIL_HEADS.has(t.lower) && !singular) || !POST_MODIFIER.test(tokens[i + 1]?.lower ?? '')) continue;
    let from = i;
    while (from > 0 && tokens[from - 1]!.word && !NP_BREAKERS.has(tokens[from - 1]!.lower) && i - from < 3) from--;
    const lead = tokens[from - 1];
    if (lead && lead.word && !/^(?:and|then|so)$/.test(lead.lower)) return null;
    if (tokens.slice(from, i).some((w) => w.lower === 'all' || w.lower === 'every')) return null;
    // "A child on the SEN register will have…": one pupil stands for any such pupil; "the child with…" is one child.
    if (singular && !/^(?:a|an|any|each)$/.test(tokens[from]!.lower)) return null;
    return { kind: 'pupils', start: tokens[from]!.start, end: tokens[end]!.end };
  }
  return null;
}

/** A verb of knowing within `reach` words before tokens[at] ("don't know yet when…"), no punctuation between. */
function knowingBefore(tokens: Token[], at: number, reach = 3): boolean {
  for (let k = at; k >= 0 && at - k < reach; k--) {
    if (!tokens[k]!.word) return false;
    if (KNOWING.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Reads the subject backwards from the token just before the marker. */
export function findSubject(tokens: Token[], people: People): Subject | null {
  let end = tokens.length - 1;
  if (end < 0) return null;
  const last = tokens[end]!;
  const pron = PRONOUNS[last.lower];
  const group = RECEIVER_HEADS.has(bare(last)) || PUPIL_HEADS.has(bare(last));
  if (group && WH_WORDS.has(tokens[end - 1]?.lower ?? '')) return { kind: 'none', start: last.start, end: last.end };
  if (pron || last.word && !group && (NON_ACTOR_SUBJECTS.has(last.lower) || last.lower === 'who' || last.lower === 'which' || last.lower === 'us')) {
    // "how everything will work", "who he will share with": an embedded question promises nothing.
    const before = tokens[end - 1];
    if (before && WH_WORDS.has(before.lower) && last.lower !== 'that') return { kind: 'none', start: last.start, end: last.end };
    // "I don't know when she will return": "when" after a verb of knowing opens an embedded question.
    if ((before?.lower === 'when' && knowingBefore(tokens, end - 2)) || (before?.lower === 'if' && knowingBefore(tokens, end - 2, IF_REACH))) return { kind: 'none', start: last.start, end: last.end };
    // "the targets that he will work on": a relative clause after a noun.
    if (before?.lower === 'that' && tokens[end - 2] && EVENT_NOUNS.has(bare(tokens[end - 2]!))) return { kind: 'none', start: last.start, end: last.end };
    if (last.lower === 'you') return { kind: 'receiver', start: last.start, end: last.end };
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
  // "the children, where appropriate, will…": a short aside between commas is not the subject.
  if (last.text === ',') {
    let j = end - 1;
    while (j >= 0 && end - j <= 5 && tokens[j]!.text !== ',') j--;
    if (j >= 1 && tokens[j]!.text === ',' && ASIDE_OPENERS.has(tokens[j + 1]?.lower ?? '')) return findSubject(tokens.slice(0, j), people);
  }
  if (tokens[end]?.text === ',') {
    // "Progress meetings, which include you, his teacher and the SENCo, will…": the relative clause may hold commas.
    const relative = relativeAside(tokens, end);
    if (relative > 0) {
      const before = findSubject(tokens.slice(0, relative), people);
      if (before && before.kind !== 'none') return before;
    }
    let j = end - 1;
    while (j >= 0 && end - j <= 13 && tokens[j]!.text !== ',') j--;
    if (j < 1 || tokens[j]!.text !== ',' || !isAppositive(tokens.slice(j + 1, end))) {
      // "A teacher or teaching assistant, will deliver the sessions": a stray comma after a staff subject.
      const before = findSubject(tokens.slice(0, end), people);
      return before && (before.kind === 'person' || before.kind === 'school') && before.start > (tokens[j]?.end ?? -1) ? before : null;
    }
    appositiveFrom = j + 1;
    end = j - 1;
  }
  const modified = pupilsWithModifier(tokens, end);
  if (modified) return modified;
  const start = nounPhraseStart(tokens, end);
  if (start < 0) return null;
  // "the extra help that your child will get", "provision that school will make": a relative clause.
  const thatAt = tokens[start]!.lower === 'that' && start < end ? start : tokens[start - 1]?.lower === 'that' ? start - 1 : -1;
  if (thatAt > 0 && describingNoun(tokens[thatAt - 1]) && !adverbialBefore(tokens, thatAt - 1, false)) return { kind: 'none', start: tokens[start]!.start, end: tokens[end]!.end };
  // "the help your child will get", "the support Leo will have": a contact clause straight after the noun it
  // describes. Only a possessive or a name opens one; "…awarded a Plan the Local Authority will…" starts a clause.
  const opensContact = isPossessive(tokens[start]) || /^(?:your|his|her|their|my|our)$/.test(tokens[start]!.lower) || isCapitalised(tokens[start]);
  if (thatAt < 0 && opensContact && /^[a-z]/.test(tokens[start - 1]?.text ?? '') && describingNoun(tokens[start - 1]) && !adverbialBefore(tokens, start - 1, true))
    return { kind: 'none', start: tokens[start]!.start, end: tokens[end]!.end };
  // "an Annual Review at which all areas of his progress will be considered": a relative clause.
  for (let k = start - 1; k >= 0 && start - k <= 6; k--) {
    const w = tokens[k]!.lower;
    // "…how his needs will be met", "what support will be provided": an embedded question describes.
    if (/^(?:which|whom|whose|how|what|why|whether)$/.test(w)) return { kind: 'none', start: tokens[start]!.start, end: tokens[end]!.end };
    // "let us know if your child will be attending": "if" after a verb of knowing asks, it does not promise.
    if (w === 'if' && knowingBefore(tokens, k - 1, IF_REACH)) return { kind: 'none', start: tokens[start]!.start, end: tokens[end]!.end };
    if (!tokens[k]!.word || (NP_BREAKERS.has(w) && !NP_INNER_PREPOSITIONS.has(w)) || (!DETERMINERS.has(w) && k < start - 1 && !isNounish(tokens[k]))) break;
  }
  const span = { start: tokens[start]!.start, end: tokens[appositiveFrom >= 0 ? tokens.length - 2 : end]!.end };
  const np = tokens.slice(start, end + 1);
  // "Year 5 swimming lessons will begin…": a year group's notice, whatever the noun.
  if (/^\d{1,2}$/.test(tokens[start - 1]?.lower ?? '') && /^(?:year|yr|y)$/.test(tokens[start - 2]?.lower ?? '')) return { kind: 'none', start: tokens[start]!.start, end: tokens[end]!.end };
  const appositive = appositiveFrom >= 0 ? tokens.slice(appositiveFrom, tokens.length - 1) : [];
  const single = classify(np, appositive, span, people);
  return appositiveFrom >= 0 ? single : (coordinated(tokens, start, single, people) ?? single);
}

/** A noun that a "that"-clause after it describes or reports on ("the support that…", "the notification that…"). */
function describingNoun(t: Token | undefined): boolean {
  if (!t || !t.word || NP_BREAKERS.has(t.lower)) return false;
  const w = bare(t);
  return (EVENT_NOUNS.has(w) && !TIME_WORDS.has(w) && !/^(?:first|second|third|next|last|one)$/.test(w)) || THAT_CLAUSE_NOUNS.has(w);
}

/** Prepositions that make the noun before "that" an adverbial: "we agreed at the meeting that Maya will…". */
const ADVERBIAL_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'following', 'from', 'by', 'within', 'through', 'before', 'regarding', 'about', 'until']);

/**
 * The noun phrase ending at tokens[nounAt] follows a preposition of time or place ("at the meeting"); with
 * `ofToo`, also "as a result of the review". Not for a "that"-clause: "within 8 weeks of the notification that…".
 */
function adverbialBefore(tokens: Token[], nounAt: number, ofToo: boolean): boolean {
  for (let i = nounAt - 1; i >= 0 && nounAt - i <= 4; i--) {
    const t = tokens[i]!;
    if (ADVERBIAL_PREPOSITIONS.has(t.lower) || (ofToo && /^(?:of|for|with|as)$/.test(t.lower))) return true;
    if (!t.word || (NP_BREAKERS.has(t.lower) && !DETERMINERS.has(t.lower))) return false;
  }
  return false;
}

/**
 * "Review meetings, that include teacher, parents and other agencies, will…": a relative clause between
 * commas, itself holding commas. The index of the comma that opens it, or -1.
 */
function relativeAside(tokens: Token[], end: number): number {
  for (let j = end - 1; j >= 1 && end - j <= MAX_RELATIVE_ASIDE; j--) {
    const t = tokens[j]!;
    if (t.text === ',' && /^(?:that|which|who|whose)$/.test(tokens[j + 1]?.lower ?? '')) return tokens[j - 1]!.word ? j : -1;
    if (!t.word && t.text !== ',' && t.text !== '/' && t.text !== '(' && t.text !== ')') return -1;
  }
  return -1;
}

/** Longest list of joined subjects read back from the last one. */
const MAX_CONJUNCTS = 4;

/**
 * "Your child's teacher, the SENCo and any other professional working with your child will…", "teachers
 * and parents will…", "Glynis, Tracy or Demi will…": joined subjects that open their clause. When one of
 * them is on the school's side, the whole list is who acts, as written. Null when there is no list.
 */
function coordinated(tokens: Token[], start: number, last: Subject, people: People): Subject | null {
  const conj = tokens[start - 1];
  if (!conj || !/^(?:and|or|&)$/.test(conj.lower)) return null;
  const kinds: Subject[] = [last];
  let first = start;
  let i = start - 2;
  while (i >= 0 && kinds.length < MAX_CONJUNCTS) {
    if (!tokens[i]!.word && tokens[i]!.text !== ')') return null;
    const s = nounPhraseStart(tokens, i);
    if (s < 0) return null;
    kinds.push(classify(tokens.slice(s, i + 1), [], { start: tokens[s]!.start, end: tokens[i]!.end }, people));
    first = s;
    if (tokens[s - 1]?.text !== ',') break;
    i = s - 2;
  }
  // "I will ring Mrs Jones and the SENCo will…": two clauses, not one list, unless the list opens its clause.
  const lead = tokens[first - 1];
  if (lead && (lead.word || lead.text === ',')) return null;
  const span = { start: tokens[first]!.start, end: last.end };
  const asWritten = tokens
    .filter((t) => t.start >= span.start && t.end <= span.end)
    .map((t) => t.text)
    .join(' ')
    .replace(/\s+([,)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/\s*\([^()]*\)/g, '');
  if (kinds.some((k) => k.kind === 'person' || k.kind === 'school' || k.kind === 'sender')) return { kind: 'person', actor: asWritten, ...span };
  // "Glynis, Tracy or Demi": first names together, whom the caller may find acting as staff.
  if (kinds.every((k) => k.kind === 'child' && !k.pronoun)) return { kind: 'child', names: asWritten, ...span };
  return null;
}

/** The phrase without a bracketed aside at its end: "The meeting host (usually the school)" is the host. */
function withoutTrailingAside(np: Token[]): Token[] {
  if (np[np.length - 1]?.text !== ')') return np;
  const open = np.map((t) => t.text).lastIndexOf('(');
  return open > 0 ? np.slice(0, open) : np;
}

function classify(full: Token[], appositive: Token[], span: { start: number; end: number }, people: People): Subject {
  // A titled name in the aside still names who acts ("The SENCo (Mrs Bell)"); any other aside only explains.
  const asideName = full.length > 0 && full[full.length - 1]!.text === ')' ? titledName(full, 0, full.length - 1) : null;
  if (asideName && !people.parents.has(asideName.split(' ').pop()!.toLowerCase())) return { kind: 'person', actor: asideName, ...span };
  const np = withoutTrailingAside(full);
  // Words before an inner preposition carry the head ("the SENCo at Brookside", "a member of staff").
  const prepAt = np.findIndex((t, i) => i > 0 && (NP_INNER_PREPOSITIONS.has(t.lower) || personParticiple(np, i)));
  const headPart = prepAt > 0 ? np.slice(0, prepAt) : np;
  const all = [...headPart, ...appositive];
  const named = titledName(all, 0, all.length - 1);
  if (named) {
    const surname = named.split(' ').pop()!.toLowerCase();
    if (people.parents.has(surname)) return { kind: 'none', ...span };
    return { kind: 'person', actor: named, ...span };
  }
  // "Parents/carers", "headteacher/principal": either half may carry the meaning.
  const words = np.flatMap((t) => bare(t).split('/')).filter(Boolean);
  const heads = headPart.flatMap((t) => bare(t).split('/')).filter(Boolean);
  const head = heads[heads.length - 1]!;
  const asWritten = np.map((t) => t.text).join(' ').replace(/\s+([)])/g, '$1').replace(/([(])\s+/g, '$1');
  const det = words[0]!;

  if (words.some((w) => w === 'all' || w === 'every' || w === 'whole') && heads.some((w) => WHOLE_SCHOOL_HEADS.has(w) || w === 'school'))
    return { kind: 'none', ...span };
  if (RECEIVER_HEADS.has(head)) return { kind: 'receiver', ...span };
  if (PUPIL_HEADS.has(head)) return { kind: 'pupils', ...span };
  // "College student will…": a bare singular pupil noun is no one in particular, not the college.
  if (PUPIL_SINGULAR.has(head) && headPart.length === np.length && !DETERMINERS.has(det) && !isPossessive(np[0])) return { kind: 'none', ...span };
  // "The person arranging the review", "any other professional working with your child": who does it.
  if (PERSON_HEADS.has(head) && prepAt > 0 && personParticiple(np, prepAt)) return { kind: 'person', actor: asWritten, ...span };
  // "Each child will have a plan": every pupil it covers, as provision for the child.
  if (det === 'each' && /^(?:child|pupil|student)$/.test(head)) return { kind: 'child', ...span };
  if (heads.some((w) => WHOLE_SCHOOL_EVENTS.has(w))) return { kind: 'none', ...span };
  if (heads[0] === 'year' && heads.length <= 3) return { kind: 'none', ...span };
  // "Schools will use…": organisations in general, given as written.
  if (head === 'schools' || head === 'academies' || head === 'colleges') return { kind: 'person', actor: asWritten, ...span };
  if (words.includes('staff') && !heads.some((w) => ROLE_NOUNS.has(w) && w !== 'staff')) return { kind: 'school', ...span };
  if (heads.some((w) => SCHOOL_NOUNS.has(w)) && !heads.some((w) => ROLE_NOUNS.has(w) && !SCHOOL_NOUNS.has(w))) return { kind: 'school', ...span };
  // Initials in minutes: "JF will send…".
  if (np.length === 1 && /^[A-Z]{2,3}$/.test(np[0]!.text) && !ORG_ACRONYMS.has(head)) return { kind: 'person', actor: np[0]!.text, ...span };
  if (heads.some((w) => ROLE_NOUNS.has(w)) && !(heads.length === 1 && isCapitalised(np[0]) && !ORG_ACRONYMS.has(head) && !ROLE_NOUNS.has(head))) {
    // "your GP" is the family's; "your child's teacher" is the school's.
    if ((det === 'your' && !isPossessive(np[1])) || words.some((w) => people.parents.has(w))) return { kind: 'none', ...span };
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
    return { kind: 'thing', mine: det === 'my', head, ...span };
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
  // "Future action will be decided", "recommendations will be made", "This information will be passed
  // on": any other common noun, a promise only in the passive or as an event (guidelines: passive future).
  if (/^[a-z]/.test(np[np.length - 1]!.text)) return { kind: 'thing', generic: true, childState: CHILD_STATE_NOUNS.has(head), ...span };
  return { kind: 'none', ...span };
}
