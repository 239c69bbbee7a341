import type { Table } from 'dexie';
import type { SupportPlan } from '@/lib/model/plan';

export type PlansTable = Table<SupportPlan, string>;

/** A child's plans in the order they started. */
export const plansSchema = '&id, childId, [childId+startsOn]';
