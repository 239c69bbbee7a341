import type { Table } from 'dexie';
import type { AnalysisStamp } from '@/lib/model/finding';

export type AnalysesTable = Table<AnalysisStamp, string>;

export const analysesSchema = '&recordId, version';
