import type { ParsedComponents as ParsingComponents, ParsedResult, ParsingOption } from 'chrono-node';
import type { AnalysisContext } from '@/lib/analysis/context';
import type { DateFinding } from '@/lib/analysis/types';
import type { Candidate, DateComponents, DateEnv } from '@/lib/analysis/dates/candidate';
import { britishDates } from '@/lib/analysis/dates/parsers/chrono-gb';
import { RULE_TAG, tagValue, type RuleMatch } from '@/lib/analysis/dates/parsers/rule-parser';
import type { OursOption } from '@/lib/analysis/dates/refiners/chrono-filter';
import { DATE_TRIGGER } from '@/lib/analysis/dates/phrases';
import { REFINERS } from '@/lib/analysis/dates/refiners';

/** Longer sentences are parsed in pieces of about this many characters, so time per KB stays flat. */
const CHUNK = 400;
/** No real email holds more dates than this; past it, the rest of a hostile input is not parsed. */
const MAX_CANDIDATES = 5000;
const TRIGGER = new RegExp(DATE_TRIGGER, 'i');
const COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;
const LEAD_JUNK = /^[\s,(（[]+/;
const TRAIL_JUNK = /[\s,)）\].;:]+$/;

/** Pieces of [start, end) of body, cut at whitespace where possible. */
function chunks(body: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = start;
  while (pos < end) {
    let stop = Math.min(end, pos + CHUNK);
    if (stop < end) {
      // Cut at the last space in the second half of the piece, if there is one.
      let space = stop;
      while (space > pos + CHUNK / 2 && body.charCodeAt(space) !== 32) space--;
      if (space > pos + CHUNK / 2) stop = space;
    }
    out.push([pos, stop]);
    pos = stop;
  }
  return out;
}

function componentsOf(r: ParsingComponents | null | undefined): DateComponents {
  const known: DateComponents = {};
  if (!r) return known;
  for (const c of COMPONENTS) {
    if (r.isCertain(c)) {
      const v = r.get(c);
      if (typeof v === 'number' && Number.isFinite(v)) known[c] = v;
    }
  }
  return known;
}

/** Where a range's end begins in its text: after the last dash, "to", "until" or "and". */
const RANGE_SEPARATOR = /\s*(?:[-–—]|\b(?:to|until|till|through|and)\b)\s*/gi;

// A range's start that is only a time ("9am-3pm on 4th March") is one date with a time range.
const CLOCK = /\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}/gi;
const NAMES_A_DAY = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function rangeEndOffset(text: string): number | null {
  let at: number | null = null;
  for (const m of text.matchAll(RANGE_SEPARATOR)) if ((m.index ?? 0) > 0) at = (m.index ?? 0) + m[0].length;
  return at !== null && at < text.length ? at : null;
}

/** What find() reads: chrono's results, and our phrase rules' matches. */
type Found = ParsedResult | RuleMatch;

const isRuleMatch = (r: Found): r is RuleMatch => 'rule' in r;

/**
 * One candidate per day: a range with days at both ends ("26th May – 30th May", "April 28th – July
 * 18th") is two dates, each resolved by itself (the guidelines count each day of a range).
 */
function toCandidates(body: string, r: Found, offset: number, sentence: [number, number]): Candidate[] {
  const c = toCandidate(body, r.index, r.text, r, offset, sentence);
  if (!c) return [];
  if (isRuleMatch(r) || !r.end || c.rule !== null || !r.end.isCertain('day')) return [c];
  const split = rangeEndOffset(r.text);
  if (split === null) return [c];
  const startPart = toCandidate(body, r.index, r.text.slice(0, split).replace(/\s*(?:[-–—]|\b(?:to|until|till|through|and))\s*$/i, ''), r, offset, sentence);
  const endPart = toCandidate(body, r.index + split, r.text.slice(split), r, offset, sentence);
  if (!startPart || !endPart) return [c];
  if (!NAMES_A_DAY.test(body.slice(startPart.start, startPart.end).replace(CLOCK, ' '))) return [c];
  startPart.range = false;
  endPart.range = false;
  endPart.known = componentsOf(r.end);
  endPart.rangeFrom = startPart.start;
  return [startPart, endPart];
}

function toCandidate(body: string, index: number, text: string, r: Found, offset: number, sentence: [number, number]): Candidate | null {
  let start = offset + index;
  let end = start + text.length;
  const lead = LEAD_JUNK.exec(text)?.[0].length ?? 0;
  const trail = TRAIL_JUNK.exec(text.slice(lead))?.[0].length ?? 0;
  start += lead;
  end -= trail;
  if (end <= start || start < 0 || end > body.length) return null;
  // One object shape for every candidate (no spreads): the refiners read them all.
  const ours = isRuleMatch(r);
  // chrono's own result (rule null), or the day-of-month parser's (rule "dayOfMonth").
  const rule = ours ? r.rule : tagValue(r.tags(), RULE_TAG);
  return {
    start,
    end,
    sentenceStart: sentence[0],
    sentenceEnd: sentence[1],
    rule,
    arg: ours ? r.arg : null,
    unit: ours ? r.unit : null,
    known: ours ? {} : componentsOf(r.start),
    range: ours ? false : Boolean(r.end),
    date: null,
  };
}

function find(env: DateEnv, ctx: AnalysisContext): Candidate[] {
  const { chrono, ruleMatches } = britishDates();
  const reference = { instant: new Date(`${env.sentDay ?? '2000-01-01'}T12:00:00Z`), timezone: 0 };
  const out: Candidate[] = [];
  for (const { start, end } of ctx.sentences) {
    const sentence: [number, number] = [start, end];
    if (out.length >= MAX_CANDIDATES) break;
    for (const [from, to] of chunks(env.body, sentence[0], Math.min(sentence[1], env.body.length))) {
      if (out.length >= MAX_CANDIDATES) break;
      const text = env.body.slice(from, to);
      if (!TRIGGER.test(text)) continue;
      let found: Found[] = [];
      try {
        const option: OursOption = { ruleMatches: ruleMatches(text), kept: [] };
        const results = chrono.parse(text, reference, option as unknown as ParsingOption);
        // chrono's first, then ours, by index.
        found = [...results, ...option.kept].sort((a, b) => a.index - b.index);
      } catch (e) {
        if ((globalThis as { DEBUG_DATES?: boolean }).DEBUG_DATES) throw e;
        continue;
      }
      for (const r of found) out.push(...toCandidates(env.body, r, from, sentence));
    }
  }
  return out;
}

/** Every date in the new text, resolved against the day the email was sent. */
export function detectDates(ctx: AnalysisContext): DateFinding[] {
  try {
    const env: DateEnv = { body: typeof ctx.body === 'string' ? ctx.body : '', sentDay: ctx.sentDay ?? null, calendar: ctx.calendar ?? null };
    const candidates = REFINERS.reduce((found, refine) => refine(env, found), find(env, ctx));
    return candidates.map((c) => {
      const finding: DateFinding = { start: c.start, end: c.end, text: env.body.slice(c.start, c.end), date: c.date };
      if (c.until !== undefined) finding.until = c.until;
      if (c.conflict) finding.conflict = c.conflict;
      if (c.missingTermYear) finding.missingTermYear = c.missingTermYear;
      return finding;
    });
  } catch (e) {
    if ((globalThis as { DEBUG_DATES?: boolean }).DEBUG_DATES) throw e;
    return [];
  }
}
