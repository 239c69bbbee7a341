import Dexie from 'dexie';
import { v1 } from '@/lib/db/migrations/v1';
import { v2 } from '@/lib/db/migrations/v2';
import { v3 } from '@/lib/db/migrations/v3';
import { v4 } from '@/lib/db/migrations/v4';
import type { AnalysesTable } from '@/lib/db/tables/analyses';
import type { CalendarsTable } from '@/lib/db/tables/calendars';
import type { ChildrenTable } from '@/lib/db/tables/children';
import type { EventsTable } from '@/lib/db/tables/events';
import type { FindingsTable } from '@/lib/db/tables/findings';
import type { LinksTable } from '@/lib/db/tables/links';
import type { MarksTable } from '@/lib/db/tables/marks';
import type { PlansTable } from '@/lib/db/tables/plans';
import type { RecordHeadsTable } from '@/lib/db/tables/record-heads';
import type { RecordsTable } from '@/lib/db/tables/records';

export const DATABASE_NAME = 'on-record';

export class OnRecordDatabase extends Dexie {
  records!: RecordsTable;
  findings!: FindingsTable;
  analyses!: AnalysesTable;
  recordHeads!: RecordHeadsTable;
  children!: ChildrenTable;
  calendars!: CalendarsTable;
  plans!: PlansTable;
  events!: EventsTable;
  links!: LinksTable;
  marks!: MarksTable;

  /**
   * `relaxed` lets a write commit once the browser has it, without waiting for the disk: each
   * transaction stays whole or absent, but the last moments before a power cut may be lost. The
   * import worker uses it (a batch is rewritten by importing again: nothing is saved twice).
   */
  constructor(name: string = DATABASE_NAME, options: { durability?: 'relaxed' | 'default' | 'strict' } = {}) {
    super(name, options.durability ? { chromeTransactionDurability: options.durability } : undefined);
    // One function per schema version, applied in order; never edit a released one.
    v1(this);
    v2(this);
    v3(this);
    v4(this);
  }
}

let shared: OnRecordDatabase | undefined;

/** The database as the import worker opens it: the same store, written with relaxed durability. */
export function openImportDatabase(): OnRecordDatabase {
  return new OnRecordDatabase(DATABASE_NAME, { durability: 'relaxed' });
}

/** The extension's one database, opened lazily so importing this module costs nothing. */
export function getDatabase(): OnRecordDatabase {
  shared ??= new OnRecordDatabase();
  return shared;
}
