// Support written into a plan should be happening. When nothing saved shows it for a number of
// school weeks (the child's setting, default 4), the parent can ask. Evidence is an email or page
// the parent linked to the provision, or a promise about it marked kept. A promise on its own is
// not evidence that the support happened, so linked commitments count only once marked kept.

import { parseFindingId } from '@/lib/findings/finding-id';
import { ukDayOf } from '@/lib/plan/timeline/record-day';
import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { schoolWeeksBetween, sortedTerms } from '@/lib/calendar/school-weeks';
import type { IsoDay } from '@/lib/model/plan';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { currentPlan } from '@/lib/plan/current-plan';
import { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';
import type { Flag } from '@/lib/plan/flags/types';

interface Evidence {
  day: IsoDay;
  recordId: string | null;
}

/** The latest evidence, on or before today, for each provision id. */
export function lastEvidenceByProvision(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): Map<string, Evidence> {
  const latest = new Map<string, Evidence>();
  const offer = (provisionId: string, evidence: Evidence | null) => {
    if (!evidence || evidence.day > set.today) return;
    const seen = latest.get(provisionId);
    if (!seen || seen.day < evidence.day) latest.set(provisionId, evidence);
  };
  const provisionOf = new Map<string, string>();
  for (const link of set.links) if (link.item?.itemKind === 'provision') provisionOf.set(link.findingId, link.item.itemId);
  const linked = new Map<string, { recordId: string; kind: string }>();
  for (const finding of set.findings) if (provisionOf.has(finding.id)) linked.set(finding.id, finding);
  for (const link of set.links) {
    if (link.item?.itemKind !== 'provision') continue;
    // A finding not in the set (another kind, or gone) is still known by its id.
    const found = linked.get(link.findingId) ?? parseFindingId(link.findingId);
    if (!found || found.kind === 'commitment') continue;
    const day = index.recordDay.get(found.recordId);
    offer(link.item.itemId, day ? { day, recordId: found.recordId } : null);
  }
  for (const mark of index.markByFinding.values()) {
    const provisionId = provisionOf.get(mark.findingId);
    if (mark.status !== 'kept' || !provisionId) continue;
    const shown = mark.evidenceRecordId ? index.recordDay.get(mark.evidenceRecordId) : undefined;
    const day = shown ?? ukDayOf(mark.markedAt);
    offer(provisionId, day ? { day, recordId: shown ? mark.evidenceRecordId : null } : null);
  }
  return latest;
}

export function provisionsWithoutEvidence(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): Flag[] {
  const plan = currentPlan(set.plans, set.today);
  if (!plan) return [];
  const weeksAllowed = set.child.evidenceWeeks > 0 ? set.child.evidenceWeeks : FLAG_THRESHOLDS.defaultEvidenceWeeks;
  const evidence = lastEvidenceByProvision(set, index);
  const hasTerms = sortedTerms(set.calendar).length > 0;
  const flags: Flag[] = [];
  for (const provision of plan.provisions) {
    if (provision.to !== null && provision.to < set.today) continue;
    const startedOn = provision.from ?? plan.startsOn;
    if (startedOn > set.today) continue;
    const last = evidence.get(provision.id) ?? null;
    const since = last && last.day > startedOn ? last.day : startedOn;
    const counted = schoolWeeksBetween(set.calendar, since, set.today);
    if (counted.weeks < weeksAllowed) continue;
    const what = provision.what.trim() || 'This support';
    const approximate = !counted.approximate ? 'none' : hasTerms ? 'beyond-calendar' : 'no-calendar';
    flags.push({
      kind: 'provision-without-evidence',
      id: `provision-without-evidence:${plan.id}:${provision.id}`,
      severity: 'check',
      title: FLAG_MESSAGES['provision-without-evidence'].title(what, counted.weeks, counted.approximate),
      detail: FLAG_MESSAGES['provision-without-evidence'].detail(what, last?.day ?? null, startedOn, approximate),
      day: last?.day ?? startedOn,
      findingId: null,
      planId: plan.id,
      provisionId: provision.id,
      recordIds: last?.recordId ? [last.recordId] : [],
      weeks: counted.weeks,
      approximate: counted.approximate,
      lastEvidence: last?.day ?? null,
    });
  }
  return flags;
}
