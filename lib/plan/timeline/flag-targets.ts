// Which timeline row each flag points at, so "Show on the timeline" can find it: the promise for a
// flag about a promise, else the saved emails it names, else the plan (its review-due row for a
// passed review date, its start otherwise).

import type { Flag } from '@/lib/plan/flags/types';

export interface FlagTargets {
  byFinding: Map<string, string[]>;
  byRecord: Map<string, string[]>;
  byPlanStart: Map<string, string[]>;
  byPlanReview: Map<string, string[]>;
}

export function flagTargets(flags: readonly Flag[]): FlagTargets {
  const targets: FlagTargets = { byFinding: new Map(), byRecord: new Map(), byPlanStart: new Map(), byPlanReview: new Map() };
  for (const flag of flags) {
    if (flag.findingId) add(targets.byFinding, flag.findingId, flag.id);
    else if (flag.recordIds.length > 0) for (const id of flag.recordIds) add(targets.byRecord, id, flag.id);
    else if (flag.planId) add(flag.kind === 'review-date-passed' ? targets.byPlanReview : targets.byPlanStart, flag.planId, flag.id);
  }
  return targets;
}

function add(map: Map<string, string[]>, key: string, flagId: string): void {
  const list = map.get(key);
  if (list) list.push(flagId);
  else map.set(key, [flagId]);
}
