import type { ParsedResult } from 'chrono-node';
import type { AnalysisContext } from '@/lib/analysis/context';
import type { DateFinding } from '@/lib/analysis/types';
import type { Candidate, DateComponents, DateEnv } from '@/lib/analysis/dates/candidate';
import { britishChrono } from '@/lib/analysis/dates/parsers/chrono-gb';
import { ARG_TAG, RULE_TAG, tagValue, UNIT_TAG } from '@/lib/analysis/dates/parsers/rule-parser';
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

function toCandidate(body: string, r: ParsedResult, offset: number, sentence: [number, number]): Candidate | null {
  let start = offset + r.index;
  let end = start + r.text.length;
  const lead = LEAD_JUNK.exec(r.text)?.[0].length ?? 0;
  const trail = TRAIL_JUNK.exec(r.text.slice(lead))?.[0].length ?? 0;
  start += lead;
  end -= trail;
  if (end <= start || start < 0 || end > body.length) return null;
  const tags = r.tags();
  const rule = tagValue(tags, RULE_TAG);
  const known: DateComponents = {};
  if (rule === null || rule === 'dayOfMonth') {
    for (const c of COMPONENTS) {
      if (r.start.isCertain(c)) {
        const v = r.start.get(c);
        if (typeof v === 'number' && Number.isFinite(v)) known[c] = v;
      }
    }
  }
  return {
    start,
    end,
    sentenceStart: sentence[0],
    sentenceEnd: sentence[1],
    rule,
    arg: tagValue(tags, ARG_TAG),
    unit: tagValue(tags, UNIT_TAG),
    known,
    range: Boolean(r.end),
    date: null,
  };
}

function find(env: DateEnv, ctx: AnalysisContext): Candidate[] {
  const chrono = britishChrono();
  const reference = { instant: new Date(`${env.sentDay ?? '2000-01-01'}T12:00:00Z`), timezone: 0 };
  const out: Candidate[] = [];
  for (const sentence of ctx.sentences) {
    if (out.length >= MAX_CANDIDATES) break;
    if (!sentence || !(sentence.end > sentence.start)) continue;
    for (const [from, to] of chunks(env.body, sentence.start, Math.min(sentence.end, env.body.length))) {
      if (out.length >= MAX_CANDIDATES) break;
      const text = env.body.slice(from, to);
      if (!TRIGGER.test(text)) continue;
      let results: ParsedResult[] = [];
      try {
        results = chrono.parse(text, reference);
      } catch (e) {
        if ((globalThis as { DEBUG_DATES?: boolean }).DEBUG_DATES) throw e;
        continue;
      }
      for (const r of results) {
        const c = toCandidate(env.body, r, from, [sentence.start, sentence.end]);
        if (c) out.push(c);
      }
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
      return finding;
    });
  } catch (e) {
    if ((globalThis as { DEBUG_DATES?: boolean }).DEBUG_DATES) throw e;
    return [];
  }
}
