// Which part of the plan a finding is about, as the parent confirmed it.
import { getDatabase } from '@/lib/db/database';
import { clearLink as clearStoredLink, setLink as setStoredLink } from '@/lib/db/repositories/links';
import type { PlanItemRef } from '@/lib/model/plan';

/** A plan item, or (null) none of the plan. */
export function setLink(findingId: string, childId: string, item: PlanItemRef | null): Promise<void> {
  return setStoredLink(getDatabase(), findingId, childId, item);
}

/** Forgets the parent's choice, so the suggestion shows again. */
export function clearLink(findingId: string): Promise<void> {
  return clearStoredLink(getDatabase(), findingId);
}
