// Vague phrases counted by term and by sender, in one pass, for the counts the UI shows and the two
// vague-wording flags. Each record's day is looked up once; each day's term once. Phrases the
// current rules no longer find (kept only for the parent's mark or link) are not counted.

import { isRetired } from '@/lib/findings/retired-finding';
import type { RecordHead } from '@/lib/model/record-head';
import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet, VagueFindingRecord } from '@/lib/plan/timeline/types';
import type { IsoDay } from '@/lib/model/plan';
import { flagTerms, termIndexAt, type FlagTerm } from '@/lib/plan/flags/flag-terms';

export interface SenderTally {
  sender: string;
  address: string;
  /** Newest first. */
  findings: { finding: VagueFindingRecord; day: IsoDay }[];
}

export interface TermTally {
  term: FlagTerm;
  /** Every record saved in the term, vague or not. */
  records: number;
  vague: number;
  senders: Map<string, SenderTally>;
}

export interface VagueTally {
  terms: FlagTerm[];
  /** Same order as terms. */
  byTerm: TermTally[];
  bySender: Map<string, { sender: string; address: string; count: number }>;
  /** The index in terms of the term holding today, or the next term in a holiday. */
  now: number;
}

export function senderKey(head: Pick<RecordHead, 'fromName' | 'fromAddress'>): string {
  return (head.fromAddress.trim() || head.fromName.trim()).toLowerCase();
}

function senderName(head: Pick<RecordHead, 'fromName' | 'fromAddress'>): string {
  return head.fromName.trim() || head.fromAddress.trim() || 'Unknown sender';
}

export function tallyVague(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): VagueTally {
  let first = set.today;
  let last = set.today;
  for (const day of index.recordDay.values()) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const terms = flagTerms(set.calendar, first, last);
  const byTerm: TermTally[] = terms.map((term) => ({ term, records: 0, vague: 0, senders: new Map() }));
  const termAt = new Map<IsoDay, number>();
  const termIndexOf = (day: IsoDay): number => {
    let i = termAt.get(day);
    if (i === undefined) termAt.set(day, (i = termIndexAt(terms, day)));
    return i;
  };
  for (const [, day] of index.recordDay) {
    const i = termIndexOf(day);
    if (i >= 0) byTerm[i]!.records++;
  }
  const bySender = new Map<string, { sender: string; address: string; count: number }>();
  for (const finding of set.findings) {
    if (finding.kind !== 'vague' || isRetired(finding)) continue;
    const head = index.recordById.get(finding.recordId);
    const day = index.recordDay.get(finding.recordId);
    if (!head || !day) continue;
    const key = senderKey(head);
    const total = bySender.get(key) ?? { sender: senderName(head), address: head.fromAddress.trim(), count: 0 };
    total.count++;
    bySender.set(key, total);
    const i = termIndexOf(day);
    if (i < 0) continue;
    const tally = byTerm[i]!;
    tally.vague++;
    const sender = tally.senders.get(key) ?? { sender: total.sender, address: total.address, findings: [] };
    sender.findings.push({ finding, day });
    tally.senders.set(key, sender);
  }
  for (const tally of byTerm) {
    for (const sender of tally.senders.values()) sender.findings.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  }
  return { terms, byTerm, bySender, now: termIndexOf(set.today) };
}
