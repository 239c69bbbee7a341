// A promise with no day at all cannot be checked later: worth asking when. Once the parent marks
// it either way, it has been dealt with. A promise kept only for the parent's link (the current
// rules no longer find it) is not flagged. When its time is a term word the child's calendar could
// not place for want of that school year's term dates ("after half term" in a 2019 email), the flag
// asks for those dates instead; once the calendar holds that year the promise is being read again,
// and the ordinary words stand meanwhile.

import { isRetired } from '@/lib/findings/retired-finding';
import { FLAG_MESSAGES, type PromiseWords } from '@/lib/plan/flags/messages';
import { promiseTermWords, unplacedDatesByRecord } from '@/lib/plan/flags/term-words';
import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import { coveredSchoolYears, schoolYearStart } from '@/lib/plan/timeline/term-year-notices';
import type { ChildRecordSet, CommitmentFindingRecord } from '@/lib/plan/timeline/types';
import type { Flag, TermDatesAsk } from '@/lib/plan/flags/types';

export function undatedCommitments(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): Flag[] {
  const flags: Flag[] = [];
  const needsYear = missingYearOf(set);
  let unplaced: ReturnType<typeof unplacedDatesByRecord> | undefined;
  for (const finding of set.findings) {
    if (finding.kind !== 'commitment' || finding.due !== null || index.markByFinding.has(finding.id) || isRetired(finding)) continue;
    const recordDay = index.recordDay.get(finding.recordId) ?? null;
    const words = { actor: finding.actor, text: finding.text, recordDay, hedged: finding.hedged, conditional: finding.conditional };
    const base = {
      kind: 'undated-commitment' as const,
      id: `undated-commitment:${finding.id}`,
      severity: 'check' as const,
      day: recordDay,
      findingId: finding.id,
      planId: null,
      provisionId: null,
      recordIds: [finding.recordId],
    };
    const year = needsYear(finding);
    if (year) {
      unplaced ??= unplacedDatesByRecord(set.findings);
      const termDates = termDatesAsk(words, year, promiseTermWords(finding, unplaced));
      flags.push({
        ...base,
        title: FLAG_MESSAGES['undated-commitment'].termDates.title(words, year),
        detail: termDates.before + termDates.link + termDates.after,
        termDates,
      });
      continue;
    }
    flags.push({
      ...base,
      title: FLAG_MESSAGES['undated-commitment'].title(words),
      detail: FLAG_MESSAGES['undated-commitment'].detail(words),
    });
  }
  return flags;
}

function termDatesAsk(words: PromiseWords, year: string, termWords: string | null): TermDatesAsk {
  return { year, words: termWords, ...FLAG_MESSAGES['undated-commitment'].termDates.ask(words, year, termWords) };
}

/** The school year whose term dates a promise waits for, unless the calendar now holds that year. */
function missingYearOf(set: ChildRecordSet): (promise: CommitmentFindingRecord) => string | null {
  let covered: Set<number> | undefined;
  return (promise) => {
    const year = promise.missingTermYear?.trim();
    if (!year) return null;
    covered ??= coveredSchoolYears(set.calendar);
    const start = schoolYearStart(year);
    return start !== null && covered.has(start) ? null : year;
  };
}
