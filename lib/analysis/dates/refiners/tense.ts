// The tense of the clause around a weekday alone ("on Tuesday", "this Friday") or a bare day of the
// month ("on the 14th"): in a past-tense clause it names a day on or before sentAt ("thank you for
// coming in on Tuesday", "the disco on Friday was a success", news style "the minister said
// Tuesday"); otherwise the next one. Decided from the words near it, without a parser: the nearest
// tense marker in the same clause, or else in the same sentence.

import { isWeekdayOnly, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import {
  BEFORE_PARTICIPLE,
  CLAUSE_BREAK_WORDS,
  LOOKING_BACK,
  NON_PAST_WORDS,
  NOT_PAST_ED,
  PAST_WORDS,
  POLITE_PAST,
  QUESTION_OPENERS,
  THANKS_FOR,
} from '@/lib/analysis/dates/phrases';

type Tense = 'past' | 'nonPast';

const REACH = 160;
const PAST = new Set(PAST_WORDS.map(normal));
const NON_PAST = new Set(NON_PAST_WORDS.map(normal));
const NOT_ED = new Set(NOT_PAST_ED);
const PARTICIPLE_LEAD = new Set(BEFORE_PARTICIPLE.map(normal));
const BREAK_WORDS = new Set(CLAUSE_BREAK_WORDS);
const POLITE = new Set(POLITE_PAST);
const OPENERS = new Set(QUESTION_OPENERS);
const TOKEN = /[\p{L}'’]+|[,;:()[\]–—!?"“”]/gu;
const THANKS = new RegExp(`${THANKS_FOR}|${LOOKING_BACK}`, 'gi');
// A modifier that fixes the direction by itself: "next Tuesday", "last Friday".
const MODIFIED = /\b(?:next|last|past|coming|previous)\b/i;

function normal(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

interface Token {
  start: number;
  end: number;
  word: string;
}

function classify(tokens: Token[], i: number): Tense | null {
  const w = tokens[i]!.word;
  if (POLITE.has(w)) return null;
  if (PAST.has(w)) return 'past';
  if (NON_PAST.has(w) || /'(?:ll|re|m|ve)$/.test(w) || /^(?:it|that|there|what|he|she|who|here)'s$/.test(w)) return 'nonPast';
  if (w.length > 3 && w.endsWith('ed') && !NOT_ED.has(w)) {
    const prev = tokens[i - 1]?.word;
    return prev !== undefined && PARTICIPLE_LEAD.has(prev) ? null : 'past';
  }
  return null;
}

interface Mark {
  pos: number;
  /** Characters between the marker and the expression. */
  dist: number;
  tense: Tense;
}

function nearest(marks: Mark[]): Mark | null {
  return marks.reduce<Mark | null>((best, m) => (!best || m.dist < best.dist ? m : best), null);
}

const isBreak = (t: Token) => !/\p{L}/u.test(t.word) || BREAK_WORDS.has(t.word);

/** The tense of the clause around body[start, end), or null when nothing marks it. */
export function clauseTense(body: string, start: number, end: number, floor: number, ceiling: number): Tense | null {
  const from = Math.max(floor, start - REACH);
  const to = Math.min(ceiling, end + REACH);
  const text = body.slice(from, to);
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = from + (m.index ?? 0);
    const e = s + m[0].length;
    if (e > start && s < end) continue;
    tokens.push({ start: s, end: e, word: normal(m[0]) });
  }
  // The clause: from the last break before the expression to the first break after it.
  let lo = from;
  let hi = to;
  let opener: string | null = null;
  for (const t of tokens) {
    if (!isBreak(t)) continue;
    if (t.end <= start) {
      lo = t.end;
      opener = t.word;
    } else if (t.start >= end && t.start < hi) hi = t.start;
  }
  const marks: Mark[] = [];
  tokens.forEach((t, i) => {
    const tense = classify(tokens, i);
    if (tense) marks.push({ pos: t.start, dist: t.end <= start ? start - t.end : t.start - end, tense });
  });
  THANKS.lastIndex = 0;
  for (const m of text.matchAll(THANKS)) {
    const s = from + (m.index ?? 0);
    if (s < start) marks.push({ pos: s, dist: start - s - m[0].length, tense: 'past' });
  }
  const clause = nearest(marks.filter((m) => m.pos >= lo && m.pos < hi));
  if (!clause && opener !== null && OPENERS.has(opener)) return 'nonPast';
  return (clause ?? nearest(marks))?.tense ?? null;
}

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const FOR_BEFORE = /\bfor\s+(?:this\s+)?$/i;

function isPast(env: DateEnv, c: Candidate): boolean {
  const before = env.body.slice(Math.max(c.sentenceStart, c.start - 12), c.start);
  const text = env.body.slice(c.start, c.end);
  if (SINCE_BEFORE.test(before) || /^since\b/i.test(text)) return true;
  if (FOR_BEFORE.test(before) || /^for\b/i.test(text)) return false;
  return clauseTense(env.body, c.start, c.end, c.sentenceStart, c.sentenceEnd) === 'past';
}

/** Marks weekdays alone and bare days of the month that sit in a past-tense clause. */
export function markTense(env: DateEnv, candidates: Candidate[]): Candidate[] {
  for (const c of candidates) {
    const weekdayAlone = isWeekdayOnly(c) && !MODIFIED.test(env.body.slice(c.start, c.end));
    // "the 14th", "on Monday 6th": no month named, so the clause says which way to look.
    const bareDay = c.rule === 'dayOfMonth' && c.known.month === undefined;
    if (weekdayAlone || bareDay) c.past = isPast(env, c);
  }
  return candidates;
}
