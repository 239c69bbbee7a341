// Vague wording piling up: one sender using a lot of it in a term, or a term with far more of it
// than the term before. Only recent terms are flagged; older ones stay in vagueCounts.

import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';
import type { Flag } from '@/lib/plan/flags/types';
import { tallyVague, type TermTally, type VagueTally } from '@/lib/plan/flags/vague-tally';

function recentTerms(tally: VagueTally): { tally: TermTally; previous: TermTally | null }[] {
  const out: { tally: TermTally; previous: TermTally | null }[] = [];
  for (let k = 0; k < FLAG_THRESHOLDS.vagueRecentTerms; k++) {
    const i = tally.now - k;
    const term = tally.byTerm[i];
    if (term) out.push({ tally: term, previous: tally.byTerm[i - 1] ?? null });
  }
  return out;
}

function flagDay(term: TermTally, today: string): string {
  return term.term.end < today ? term.term.end : today;
}

export function vagueFromSender(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set), tally: VagueTally = tallyVague(set, index)): Flag[] {
  const flags: Flag[] = [];
  for (const { tally: term } of recentTerms(tally)) {
    for (const [key, sender] of term.senders) {
      const count = sender.findings.length;
      if (count < FLAG_THRESHOLDS.vagueFromSender) continue;
      flags.push({
        kind: 'vague-from-sender',
        id: `vague-from-sender:${term.term.key}:${key}`,
        severity: 'check',
        title: FLAG_MESSAGES['vague-from-sender'].title(sender.sender),
        detail: FLAG_MESSAGES['vague-from-sender'].detail(sender.sender, term.term.name, count, sender.findings[0]!.finding.text, term.term.approximate),
        day: flagDay(term, set.today),
        findingId: null,
        planId: null,
        provisionId: null,
        recordIds: [...new Set(sender.findings.map((f) => f.finding.recordId))],
        sender: sender.sender,
        term: term.term.name,
        count,
        findingIds: sender.findings.map((f) => f.finding.id),
        approximate: term.term.approximate,
      });
    }
  }
  return flags;
}

export function vagueRising(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set), tally: VagueTally = tallyVague(set, index)): Flag[] {
  const flags: Flag[] = [];
  for (const { tally: term, previous } of recentTerms(tally)) {
    // With nothing saved the term before, a rise only means the parent started saving emails.
    if (!previous || previous.records === 0) continue;
    if (term.vague < FLAG_THRESHOLDS.vagueRisingMin || term.vague < FLAG_THRESHOLDS.vagueRisingFactor * previous.vague) continue;
    const found = [...term.senders.values()].flatMap((s) => s.findings);
    flags.push({
      kind: 'vague-rising',
      id: `vague-rising:${term.term.key}`,
      severity: 'check',
      title: FLAG_MESSAGES['vague-rising'].title(term.term.name),
      detail: FLAG_MESSAGES['vague-rising'].detail(term.term.name, term.vague, previous.term.name, previous.vague, term.term.approximate || previous.term.approximate),
      day: flagDay(term, set.today),
      findingId: null,
      planId: null,
      provisionId: null,
      recordIds: [...new Set(found.map((f) => f.finding.recordId))],
      term: term.term.name,
      count: term.vague,
      previousTerm: previous.term.name,
      previousCount: previous.vague,
      findingIds: found.map((f) => f.finding.id),
      approximate: term.term.approximate || previous.term.approximate,
    });
  }
  return flags;
}
