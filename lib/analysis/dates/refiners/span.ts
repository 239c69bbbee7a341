// Widens each span to the whole expression, as the guidelines annotate it: a leading preposition
// ("from Monday 16th September", "by Friday"), "the morning of", a time before ("by 9am tomorrow")
// and a time or part of the day after ("at 3.30pm", "afternoon", "after school").

import { textOf, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import { LEADING_PREPOSITIONS, TIME_OF_DAY_AFTER } from '@/lib/analysis/dates/phrases';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const PREPOSITION_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}_])((?:${[...LEADING_PREPOSITIONS].sort((a, b) => b.length - a.length).map(esc).join('|')})\\s+)$`, 'iu');
const PART_OF_DAY_BEFORE = /(?:^|[^\p{L}\p{N}_])((?:the\s+)?(?:morning|afternoon|evening)\s+of\s+)$/iu;
const TIME_BEFORE = /(?:^|[^\p{L}\p{N}_])((?:(?:at|by|from|before|after|until)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)$/iu;
const TIME = '\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?';
const TIME_AFTER = new RegExp(`^,?\\s+(?:at|from|by|between|until)\\s+${TIME}(?:\\s*(?:-|–|to|and|until)\\s*${TIME})?(?![\\p{L}\\p{N}_])`, 'iu');
const PART_OF_DAY_AFTER = new RegExp(`^,?\\s+(?:${TIME_OF_DAY_AFTER.map(esc).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
const STARTS_WITH_PREPOSITION = new RegExp(`^(?:${LEADING_PREPOSITIONS.map(esc).join('|')})\\b`, 'i');
const HAS_CLOCK = /\d(?:[.:]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.))/i;

function widenBefore(env: DateEnv, c: Candidate, floor: number): void {
  const window = () => env.body.slice(Math.max(floor, c.start - 40), c.start);
  let m = TIME_BEFORE.exec(window());
  if (m && c.date) c.start -= m[1]!.length;
  m = PART_OF_DAY_BEFORE.exec(window());
  if (m && c.date) c.start -= m[1]!.length;
  if (STARTS_WITH_PREPOSITION.test(textOf(env, c))) return;
  m = PREPOSITION_BEFORE.exec(window());
  // "in" and "at" lead into months and spans ("in July"), not days ("come in Tuesday").
  const namesDay = c.known.weekday !== undefined || c.known.day !== undefined;
  if (m && namesDay && /^(?:in|at)\s/i.test(m[1]!)) return;
  if (m) c.start -= m[1]!.length;
}

function widenAfter(env: DateEnv, c: Candidate, ceiling: number): void {
  for (let i = 0; i < 3; i++) {
    const rest = env.body.slice(c.end, Math.min(ceiling, c.end + 40));
    const time = TIME_AFTER.exec(rest);
    if (time && HAS_CLOCK.test(time[0])) {
      c.end += time[0].length;
      continue;
    }
    const part = PART_OF_DAY_AFTER.exec(rest);
    if (part && !/(?:morning|afternoon|evening|night|lunchtime)$/i.test(textOf(env, c))) {
      c.end += part[0].length;
      continue;
    }
    break;
  }
}

/** Widens each candidate within the sentence it was found in. */
export function widenSpans(env: DateEnv, candidates: Candidate[]): Candidate[] {
  for (const c of candidates) {
    const dayLike = c.date !== null || c.known.weekday !== undefined;
    widenBefore(env, c, c.sentenceStart);
    if (dayLike) widenAfter(env, c, c.sentenceEnd);
  }
  return candidates;
}
