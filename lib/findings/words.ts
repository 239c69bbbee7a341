// Words for showing findings to parents: group headings, labels, days and the short summary on a
// list row. Pure: no React, no extension APIs, unit-tested in Node.
import type { ConcernType, VagueCategory } from '@/lib/analysis/types';
import type { FindingKind, StoredFinding } from '@/lib/model/finding';

/** The order groups are shown in: what to worry about first, then promises, vague wording, dates. */
export const GROUP_ORDER: readonly FindingKind[] = ['concern', 'commitment', 'vague', 'date'];

export const GROUP_HEADINGS: Record<FindingKind, string> = {
  concern: 'Things to watch',
  commitment: 'Promises',
  vague: 'Vague wording',
  date: 'Dates',
};

/** One finding's kind, for the marks in the text ("Promise"). */
export const KIND_NAMES: Record<FindingKind, string> = {
  concern: 'Thing to watch',
  commitment: 'Promise',
  vague: 'Vague wording',
  date: 'Date',
};

export const VAGUE_LABELS: Record<VagueCategory, string> = {
  monitoring: 'Monitoring',
  'wait-and-see': 'Wait and see',
  unquantified: 'Not quantified',
  hedge: 'Hedged',
  'indefinite-time': 'No time given',
};

export const CONCERN_LABELS: Record<ConcernType, string> = {
  exclusion: 'Exclusion',
  'reduced-timetable': 'Reduced timetable',
  'early-pickup': 'Asked to collect early',
  'diagnosis-gatekeeping': 'Support tied to a diagnosis',
  'sen-register-removal': 'Taken off the SEN register',
  'weekday-conflict': 'Day and date don’t match',
};

export type FindingGroups = { [K in FindingKind]: Extract<StoredFinding, { kind: K }>[] };

/** Findings by kind, each group in the order its words appear in the message. */
export function groupFindings(findings: readonly StoredFinding[]): FindingGroups {
  const groups: FindingGroups = { concern: [], commitment: [], vague: [], date: [] };
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of sorted) (groups[f.kind] as StoredFinding[]).push(f);
  return groups;
}

// Fixed names rather than Intl: ICU versions differ ("Sep" or "Sept"), and these never change.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Wed 25 Sep 2024" for "2024-09-25"; empty for anything that is not a calendar day. */
export function formatDay(day: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return '';
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const when = new Date(Date.UTC(year, month - 1, date));
  if (when.getUTCMonth() !== month - 1 || when.getUTCDate() !== date) return '';
  return `${WEEKDAYS[when.getUTCDay()]} ${date} ${MONTHS[month - 1]} ${year}`;
}

/** Who made a promise, as a parent would say it: "school" becomes "The school". */
export function actorLabel(actor: string | null | undefined): string {
  const trimmed = (actor ?? '').trim();
  if (!trimmed) return 'Not said';
  if (/^(the )?school$/i.test(trimmed)) return 'The school';
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

const SUMMARY_WORDS: Record<FindingKind, [one: string, many: string]> = {
  concern: ['to watch', 'to watch'],
  commitment: ['promise', 'promises'],
  vague: ['vague', 'vague'],
  date: ['date', 'dates'],
};

/** "1 to watch · 2 promises · 1 vague" for a list row; empty when nothing was found. */
export function findingsSummary(counts: Partial<Record<FindingKind, number>>, separator = ' · '): string {
  return GROUP_ORDER.filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const n = counts[kind]!;
      return `${n} ${SUMMARY_WORDS[kind][n === 1 ? 0 : 1]}`;
    })
    .join(separator);
}

/** Counts by record and kind from [recordId, kind] index keys (read without loading findings). */
export function countByRecord(keys: readonly (readonly [string, string])[]): Map<string, Partial<Record<FindingKind, number>>> {
  const counts = new Map<string, Partial<Record<FindingKind, number>>>();
  for (const [recordId, kind] of keys) {
    if (!(GROUP_ORDER as readonly string[]).includes(kind)) continue;
    const forRecord = counts.get(recordId) ?? {};
    forRecord[kind as FindingKind] = (forRecord[kind as FindingKind] ?? 0) + 1;
    counts.set(recordId, forRecord);
  }
  return counts;
}

/** A short label for a finding's words in the text: "Promise: The school, no date given". */
export function describeFinding(finding: StoredFinding): string {
  switch (finding.kind) {
    case 'commitment': {
      const due = formatDay(finding.due);
      return `Promise: ${actorLabel(finding.actor)}, ${due ? `by ${due}` : 'no date given'}`;
    }
    case 'vague':
      return `Vague wording: ${VAGUE_LABELS[finding.category] ?? 'vague'}`;
    case 'date': {
      const day = formatDay(finding.date);
      return `Date: ${day || 'no single day'}${finding.conflict ? ' (check this date)' : ''}`;
    }
    case 'concern':
      return `Thing to watch: ${CONCERN_LABELS[finding.type] ?? 'see the list'}`;
  }
}
