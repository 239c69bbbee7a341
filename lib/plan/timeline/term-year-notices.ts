// The timeline's requests for missing term dates: one per school year the child's calendar lacks,
// gathered from the date findings the analysis could not place there (their `missingTermYear`).
// One notice per year, never one per finding: years of email can hold hundreds of "after half
// term"s. Pure data in, data out.

import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { schoolYearOf } from '@/lib/calendar/term-dates';
import type { StoredFinding } from '@/lib/model/finding';

export type DateFindingRecord = Extract<StoredFinding, { kind: 'date' }>;

export interface TermYearNotice {
  /** The school year as the analysis wrote it: "2022–23". */
  year: string;
  /** The words it could not place, each once (ignoring case and spacing), the most used first. */
  words: string[];
  /** The emails holding them, each once. */
  recordIds: string[];
  /** Every finding counted, for showing them. */
  findingIds: string[];
}

/** The year a school year label starts in: 2022 for "2022–23" (or "2022-23", "2022/23"); else null. */
export function schoolYearStart(label: string): number | null {
  const match = /^\s*(\d{4})/.exec(label);
  return match ? Number(match[1]) : null;
}

/** The school years (by the year they start) that hold at least one of the calendar's terms. */
export function coveredSchoolYears(calendar: TermCalendar | null): Set<number> {
  const years = new Set<number>();
  for (const term of calendar?.terms ?? []) years.add(schoolYearOf(term.start));
  return years;
}

/** The words as a parent reads them in a list: trimmed, on one line. */
function shownWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One notice per school year with unplaced term words, newest year first. A year the calendar now
 * covers is left out: its findings were read before those dates were added, and are being read
 * again. Findings of other kinds, and dates with no missing year, are skipped.
 */
export function termYearNotices(findings: readonly StoredFinding[], calendar: TermCalendar | null): TermYearNotice[] {
  const covered = coveredSchoolYears(calendar);
  interface Gathering {
    year: string;
    start: number | null;
    /** By the words' key: as first written, how often, and when first seen. */
    words: Map<string, { shown: string; count: number; first: number }>;
    recordIds: Set<string>;
    findingIds: string[];
  }
  const byYear = new Map<string, Gathering>();
  findings.forEach((finding, i) => {
    if (finding.kind !== 'date' || !finding.missingTermYear) return;
    const year = finding.missingTermYear.trim();
    const start = schoolYearStart(year);
    if (start !== null && covered.has(start)) return;
    // "2022-23" and "2022–23" are one year: keyed by its first year when it has one.
    const key = start === null ? year : String(start);
    let gathering = byYear.get(key);
    if (!gathering) {
      gathering = { year, start, words: new Map(), recordIds: new Set(), findingIds: [] };
      byYear.set(key, gathering);
    }
    const shown = shownWords(finding.text);
    const wordKey = shown.toLowerCase();
    const seen = gathering.words.get(wordKey);
    if (seen) seen.count++;
    else if (shown) gathering.words.set(wordKey, { shown, count: 1, first: i });
    gathering.recordIds.add(finding.recordId);
    gathering.findingIds.push(finding.id);
  });
  return [...byYear.values()]
    .sort((a, b) => (b.start ?? -Infinity) - (a.start ?? -Infinity) || a.year.localeCompare(b.year))
    .map((g) => ({
      year: g.year,
      words: [...g.words.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((w) => w.shown),
      recordIds: [...g.recordIds],
      findingIds: g.findingIds,
    }));
}
