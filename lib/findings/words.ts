// Every word a finding is shown with, in the side panel and on the card beside a mark on the webmail
// page alike: its labels, the short summary on a list row, and its title, why it matters and what to
// ask. Kind names come from the kinds table (lib/findings/kinds.ts), days from lib/calendar. Pure: no
// React, no extension APIs, unit-tested in Node.
import type { CommitmentFinding, ConcernFinding, ConcernType, DateFinding, VagueCategory, VagueFinding } from '@/lib/analysis/types';
import { isIsoDay } from '@/lib/calendar/day';
import { dayRange } from '@/lib/calendar/day-words';
import { formatDay, formatDayBrief } from '@/lib/calendar/format-day';
import { FINDING_KINDS, KIND_TABLE, isFindingKind, type FindingKind } from '@/lib/findings/kinds';
import { isRetired } from '@/lib/findings/retired-finding';
import type { StoredFinding } from '@/lib/model/finding';

// ------------------------------------------------------------------ labels

const VAGUE_LABELS: Record<VagueCategory, string> = {
  monitoring: 'Monitoring',
  'wait-and-see': 'Wait and see',
  unquantified: 'Not quantified',
  hedge: 'Hedged',
  'indefinite-time': 'No time given',
};

const CONCERN_LABELS: Record<ConcernType, string> = {
  exclusion: 'Exclusion',
  'reduced-timetable': 'Reduced timetable',
  'early-pickup': 'Asked to collect early',
  'diagnosis-gatekeeping': 'Support tied to a diagnosis',
  'sen-register-removal': 'Taken off the SEN register',
  'weekday-conflict': 'Day and date don’t match',
};

// A finding saved by older rules may carry a category or type these rules no longer know.

/** "Monitoring", "Wait and see". */
export function vagueLabel(category: string): string {
  return VAGUE_LABELS[category as VagueCategory] ?? 'Not clear';
}

/** "Exclusion", "Reduced timetable". */
export function concernLabel(type: string): string {
  return CONCERN_LABELS[type as ConcernType] ?? 'Worth checking';
}

/** Who made a promise, as a parent would say it: "school" becomes "The school". */
export function actorLabel(actor: string | null | undefined): string {
  const trimmed = (actor ?? '').trim();
  if (!trimmed) return 'Not said';
  if (/^(the )?school$/i.test(trimmed)) return 'The school';
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

// ------------------------------------------------------------------ the side panel's lists

export type FindingGroups = { [K in FindingKind]: Extract<StoredFinding, { kind: K }>[] };

/** Findings by kind, each group in the order its words appear in the message. */
export function groupFindings(findings: readonly StoredFinding[]): FindingGroups {
  const groups = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, []])) as unknown as FindingGroups;
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of sorted) (groups[f.kind] as StoredFinding[]).push(f);
  return groups;
}

/** "1 to watch · 2 promises · 1 vague" for a list row; empty when nothing was found. */
export function findingsSummary(counts: Partial<Record<FindingKind, number>>, separator = ' · '): string {
  return FINDING_KINDS.filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const n = counts[kind]!;
      return `${n} ${KIND_TABLE[kind].listCount[n === 1 ? 0 : 1]}`;
    })
    .join(separator);
}

/** Counts by record and kind from [recordId, kind] index keys (read without loading findings). */
export function countByRecord(keys: readonly (readonly [string, string])[]): Map<string, Partial<Record<FindingKind, number>>> {
  const counts = new Map<string, Partial<Record<FindingKind, number>>>();
  for (const [recordId, kind] of keys) {
    if (!isFindingKind(kind)) continue;
    const forRecord = counts.get(recordId) ?? {};
    forRecord[kind] = (forRecord[kind] ?? 0) + 1;
    counts.set(recordId, forRecord);
  }
  return counts;
}

/**
 * The ask for a missing school year's term dates: "Add term dates for 2022–23". The same words as
 * lib/ui/term-year-notice.ts's link (pure rules may not import lib/ui; a test holds the two equal).
 */
export function addTermDatesFor(year: string): string {
  return `Add term dates for ${year}`;
}

/** What a term word waiting for a school year's term dates says instead of a day: "needs the term dates for 2022–23". */
export function needsTermDates(year: string): string {
  return `needs the term dates for ${year}`;
}

/**
 * The side panel's short label for a mark in the text: "Promise: The school, no date given". A
 * term word the calendar could not place says which year's term dates it needs; a finding kept
 * only for the parent's mark or link says the rules no longer flag it.
 */
export function describeFinding(finding: StoredFinding): string {
  const label = describeKind(finding);
  return isRetired(finding) ? `${label}${RETIRED_LABEL}` : label;
}

function describeKind(finding: StoredFinding): string {
  const name = KIND_TABLE[finding.kind].name;
  switch (finding.kind) {
    case 'commitment': {
      const due = formatDayBrief(finding.due);
      const when = due ? `by ${due}` : finding.missingTermYear ? needsTermDates(finding.missingTermYear) : 'no date given';
      return `${name}: ${actorLabel(finding.actor)}, ${when}`;
    }
    case 'vague':
      return `${name}: ${vagueLabel(finding.category)}`;
    case 'date': {
      const day = formatDayBrief(finding.date);
      if (!day && finding.missingTermYear) return `${name}: ${needsTermDates(finding.missingTermYear)}`;
      return `${name}: ${day || 'no single day'}${finding.conflict ? ' (check this date)' : ''}`;
    }
    case 'concern':
      return `${name}: ${concernLabel(finding.type)}`;
  }
}

/** After "Add term dates for 2022–23" in a promise's "When:", as a link: " to see when it is due." */
export const PROMISE_TERM_YEAR_REST = ' to see when it is due.';

// ------------------------------------------------------------------ kept, though no longer found

/** Beside a finding the current rules no longer find, kept because the parent marked or linked it. */
export const RETIRED_LINE = 'On Record’s updated rules no longer flag these words; kept because you marked or linked them.';

/** Added to such a finding's mark label, read out with its words. */
export const RETIRED_LABEL = ' (no longer flagged; kept because you marked or linked it)';

/** The key's name for such a mark. */
export const RETIRED_KEY_NAME = 'No longer flagged';

// ------------------------------------------------------------------ title, why and ask

/** What the card beside a mark says, in plain English. */
export interface FindingWords {
  title: string;
  why: string;
  ask: string | null;
}

export interface WordsOptions {
  /** Whether the child's school term calendar is known: term words resolve only with one. */
  hasCalendar: boolean;
}

/** A finding as the analysis gives it, with its kind: a stored finding without where it is stored. */
export type AnalysedFinding = { [K in FindingKind]: Omit<Extract<StoredFinding, { kind: K }>, 'id' | 'recordId' | 'childId'> }[FindingKind];

/** The words for one finding of any kind. */
export function findingWords(finding: AnalysedFinding, options: WordsOptions): FindingWords {
  switch (finding.kind) {
    case 'date':
      return dateWords(finding, options.hasCalendar);
    case 'commitment':
      return commitmentWords(finding);
    case 'vague':
      return vagueWords(finding);
    case 'concern':
      return concernWords(finding);
  }
}

export function vagueWords(f: VagueFinding): FindingWords {
  return { title: `${KIND_TABLE.vague.name}: ${vagueLabel(f.category).toLowerCase()}`, why: f.why, ask: f.ask };
}

/** "Promise by Mrs Patel, due Friday 15 May 2026", "Promise by the school, no date given". */
export function commitmentWords(f: CommitmentFinding): FindingWords {
  const actor = actorLabel(f.actor);
  const by = actor === 'Not said' ? '' : ` by ${actor === 'The school' ? 'the school' : actor}`;
  const due = formatDay(f.due);
  const year = due ? undefined : f.missingTermYear;
  const title = `${KIND_TABLE.commitment.name}${by}, ${due ? `due ${due}` : year ? needsTermDates(year) : 'no date given'}`;
  if (f.hedged) {
    return {
      title,
      why: 'This is a promise, but a hedged one (“we will try”, “hopefully”), so it may not happen. Ask them to confirm it, then note when it is due and check it happened.',
      ask: due ? 'Can you confirm this will definitely happen by then?' : 'Can you confirm this will definitely happen, and by when?',
    };
  }
  if (f.conditional) {
    return {
      title,
      why: 'This is a promise only if something else happens first. Note what it depends on, and check whether it happened.',
      ask: 'How will you decide whether this is needed, and how will I know?',
    };
  }
  if (year) {
    return {
      title,
      why: `This is a promise you can hold them to. Its time is a school term word, which On Record can place only with the term dates for ${year}: ${addTermDatesFor(year).toLowerCase()} for your child to see when it is due, then check it happened.`,
      ask: null,
    };
  }
  if (!due) {
    return {
      title,
      why: 'This is a promise you can hold them to. It gives no date, so ask when it will happen, then check it did.',
      ask: 'When will this be done?',
    };
  }
  return { title, why: 'This is a promise you can hold them to. Note when it is due and check it happened.', ask: null };
}

const TERM_WORDS = /\b(term|half[\s-]?term|holidays?|inset)\b/i;

/** What day the words resolve to: "“by Friday” is Friday 15 May 2026." */
export function dateWords(f: DateFinding, hasCalendar: boolean): FindingWords {
  const name = KIND_TABLE.date.name;
  if (f.conflict) {
    return { title: `${name}: check this day`, why: f.conflict, ask: 'Could you confirm which day you mean?' };
  }
  const quoted = `“${f.text.trim()}”`;
  if (f.date && isIsoDay(f.date)) {
    const until = f.until && isIsoDay(f.until) && f.until !== f.date ? f.until : null;
    return {
      title: `${name}: ${formatDay(f.date)}`,
      why: until ? `${quoted} means ${dayRange(f.date, until)}.` : `${quoted} is ${formatDay(f.date)}.`,
      ask: null,
    };
  }
  if (f.until && isIsoDay(f.until)) {
    return { title: `${name}: by ${formatDay(f.until)}`, why: `${quoted} runs until ${formatDay(f.until)} at the latest.`, ask: null };
  }
  if (f.missingTermYear) {
    return {
      title: `${name}: ${needsTermDates(f.missingTermYear)}`,
      why: `${quoted} depends on the school’s term dates for ${f.missingTermYear}, which On Record does not have yet. ${addTermDatesFor(f.missingTermYear)} for your child to see which day it is.`,
      ask: null,
    };
  }
  const why =
    !hasCalendar && TERM_WORDS.test(f.text)
      ? `${quoted} depends on the school’s term dates. Choose your child’s school calendar in On Record to see which day it is.`
      : `${quoted} does not name a single day.`;
  return { title: `${name}: no single day`, why, ask: null };
}

/** The same title as the side panel's label: "Thing to watch: Exclusion". */
export function concernWords(f: ConcernFinding): FindingWords {
  return { title: `${KIND_TABLE.concern.name}: ${concernLabel(f.type)}`, why: f.explanation, ask: null };
}
