import type { Table } from 'dexie';
import type { FindingLink } from '@/lib/model/plan';

export type LinksTable = Table<FindingLink, string>;

/** One link per finding; a child's links load together for the timeline. */
export const linksSchema = '&findingId, childId';
