import type { Table } from 'dexie';
import type { AnalysisStamp } from '../../findings/types';

export type AnalysesTable = Table<AnalysisStamp, string>;

export const analysesSchema = '&recordId, version';
