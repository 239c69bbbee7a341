// Reads one line of provision as a plan or a parent writes it, "Lexia 3 x 20 mins weekly with
// Mrs Khan", into what, who, how often and for how long. It only fills the form in: the parent sees
// the result and corrects it, so it takes what it is sure of and leaves the rest in "what".
import type { FrequencyPer } from '@/lib/model/plan';

export interface ParsedProvision {
  /** The line with the amounts and the person taken out: "Lexia"; '' when nothing is left. */
  what: string;
  who: string;
  times: number | null;
  per: FrequencyPer | null;
  minutes: number | null;
  /** Which parts were found, in form order. */
  found: ('times' | 'per' | 'minutes' | 'who')[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  a: 1,
  an: 1,
  once: 1,
  twice: 2,
  thrice: 3,
};

function count(token: string): number {
  return NUMBER_WORDS[token.toLowerCase()] ?? Number(token);
}

// A number that is not part of "1:1", "1-1", "£20" or "2.5" read from the middle.
const NUM = String.raw`(?<![\d:./£$-])(\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;

const DURATION = new RegExp(
  String.raw`\bhalf\s+an?\s+hour\b` +
    String.raw`|(?<![\d:./£$-])(\d+(?:\.\d+)?|an?|one|two|three)\s*-?\s*(?:hours?|hrs?)\b(?:\s*(?:and\s+)?(\d+)\s*-?\s*(?:minutes?|mins?)\b)?` +
    String.raw`|(?<![\d:./£$-])(\d+)\s*-?\s*(?:minutes?|mins?|m)\b`,
  'i',
);

const TIMES_PATTERNS: RegExp[] = [
  /\b(once|twice|thrice)\b/i,
  new RegExp(`${NUM}\\s*(?:x|×|times)(?![a-z])`, 'i'),
  /(?<![a-z0-9])(?:x|×)\s*(\d+)\b/i,
  new RegExp(`${NUM}\\s+(?:individual\\s+|group\\s+|small[\\s-]group\\s+)?(?:sessions?|lessons?|periods?|slots?|visits?|blocks?|mornings?|afternoons?|lunchtimes?|days?)\\b`, 'i'),
];

const EVERY = String.raw`(?:per|a|an|each|every)`;

const PER_PATTERNS: [FrequencyPer, RegExp][] = [
  ['half-term', new RegExp(String.raw`\b(?:${EVERY}\s+half[\s-]?term|half[\s-]?termly)\b`, 'i')],
  ['fortnight', new RegExp(String.raw`\b(?:fortnightly|${EVERY}\s+fortnight|every\s+(?:two|2)\s+weeks)\b`, 'i')],
  ['day', new RegExp(String.raw`\b(?:daily|${EVERY}\s+(?:school\s+)?day|every\s+(?:morning|afternoon))\b|\s*\/\s*day\b`, 'i')],
  ['week', new RegExp(String.raw`\b(?:weekly|${EVERY}\s+(?:school\s+)?(?:week|wk)|p\/?w)\b|\s*\/\s*(?:week|wk)\b`, 'i')],
  ['term', new RegExp(String.raw`\b(?:termly|${EVERY}\s+term)\b`, 'i')],
  ['year', new RegExp(String.raw`\b(?:yearly|annually|${EVERY}\s+(?:school\s+)?year|per\s+annum)\b`, 'i')],
];

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\S/;
const NAMED_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?(?:\s*\([^)]*\))?/;
const ROLE_ACRONYM = /\b(?:TAs?|LSAs?|HLTAs?|SENC[Oo]|SENDC[Oo]|SaLT|SALT|SLT|OT|EP|ELSA)\b/;
const ROLE_WORD =
  /\b(?:teachers?|assistants?|therapists?|psychologists?|practitioners?|mentors?|tutors?|specialists?|nurses?|staff|adults?|key\s?workers?|counsell?ors?|physio(?:therapist)?s?|workers?|coach(?:es)?|team|service|senco|sendco|lead|head(?:teacher)?|deputy)\b/i;
const WHO_CUE = /\b(?:(?:delivered|led|run|taught|provided|given|done)\s+by|with|by)\s+/gi;
const WHO_END = /[,;.]|\s(?:in|at|during|on|for|to|from|using|every|each|when|if|and\s+then)\s/i;
const ARTICLE = /^(?:a|an|the|their|his|her|my|our|your)\s+/i;

interface Span {
  start: number;
  end: number;
}

/** Blanks out a span so later patterns cannot see it, keeping positions. */
function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

function findWho(text: string): { who: string; span: Span } | null {
  for (const cue of text.matchAll(WHO_CUE)) {
    const from = cue.index + cue[0].length;
    const rest = text.slice(from);
    // WHO_END is matched with a space either side of rest, so its index is one past rest's.
    const cut = WHO_END.exec(` ${rest} `);
    const raw = rest.slice(0, cut ? Math.max(0, cut.index - 1) : rest.length).trimEnd();
    const candidate = raw.trim().replace(/\s+/g, ' ');
    if (!candidate || candidate.split(' ').length > 8) continue;
    const isWith = /^with\b/i.test(cue[0]);
    const person = TITLE.test(candidate) || ROLE_ACRONYM.test(candidate) || ROLE_WORD.test(candidate);
    const named = /^[A-Z]/.test(candidate.replace(ARTICLE, ''));
    if (person || (!isWith && named)) return { who: candidate, span: { start: cue.index, end: from + raw.length } };
  }
  const m = NAMED_PERSON.exec(text);
  return m ? { who: m[0].trim(), span: { start: m.index, end: m.index + m[0].length } } : null;
}

const LEADING = /^(?:[\s,;:–—\-·|/+&]|\(\s*\)|\b(?:sessions?|lessons?)(?:\s+of)?\b)+/i;
const TRAILING = /(?:[\s,;:–—\-·|/+&(]|\(\s*\)|×|\b(?:for|of|at|each|per|and|with|by|in|on|x|sessions?|lessons?)\b)+$/i;

/** What is left once the parts are taken out, tidied: no doubled commas or stray "for" at the ends. */
function tidyWhat(text: string): string {
  let t = text.replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ');
  t = t.replace(/\s*([,;])(?:\s*[,;])+/g, '$1').replace(/\s+([,;])/g, '$1');
  let before;
  do {
    before = t;
    t = t.replace(LEADING, '').replace(TRAILING, '').trim();
  } while (t !== before);
  return t;
}

export function parseProvisionLine(line: string): ParsedProvision {
  let text = line.replace(/\s+/g, ' ');
  const found: ParsedProvision['found'] = [];
  let minutes: number | null = null;
  let times: number | null = null;
  let per: FrequencyPer | null = null;

  const d = DURATION.exec(text);
  if (d) {
    if (/^half/i.test(d[0])) minutes = 30;
    else if (d[1] !== undefined) minutes = Math.round(count(d[1]) * 60 + (d[2] ? Number(d[2]) : 0));
    else if (d[3] !== undefined) minutes = Number(d[3]);
    if (minutes !== null && minutes > 0) text = blank(text, { start: d.index, end: d.index + d[0].length });
    else minutes = null;
  }

  for (const pattern of TIMES_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const n = count(m[1]!);
    if (!(n > 0)) continue;
    times = n;
    // "3 sessions" keeps its place as words to tidy away; the number is what matters.
    text = blank(text, { start: m.index, end: m.index + m[0].length });
    break;
  }

  for (const [unit, pattern] of PER_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    per = unit;
    let start = m.index;
    if (times === null) {
      // "3 a week", "3 per week": a bare number just before the unit is the count.
      const bare = new RegExp(`${NUM}\\s*$`, 'i').exec(text.slice(0, start));
      if (bare) {
        times = count(bare[1]!);
        start = bare.index;
      }
    }
    text = blank(text, { start, end: m.index + m[0].length });
    break;
  }
  if (per && times === null) times = 1;

  const who = findWho(text);
  if (who) text = blank(text, who.span);

  if (times !== null) found.push('times');
  if (per) found.push('per');
  if (minutes !== null) found.push('minutes');
  if (who) found.push('who');
  return { what: tidyWhat(text), who: who?.who.replace(/[\s,;.]+$/, '') ?? '', times, per, minutes, found };
}
