import Dexie from 'dexie';
import { v1 } from './migrations/v1';
import { v2 } from './migrations/v2';
import { v3 } from './migrations/v3';
import type { AnalysesTable } from './tables/analyses';
import type { CalendarsTable } from './tables/calendars';
import type { ChildrenTable } from './tables/children';
import type { EventsTable } from './tables/events';
import type { FindingsTable } from './tables/findings';
import type { LinksTable } from './tables/links';
import type { MarksTable } from './tables/marks';
import type { PlansTable } from './tables/plans';
import type { RecordHeadsTable } from './tables/record-heads';
import type { RecordsTable } from './tables/records';

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

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // One function per schema version, applied in order; never edit a released one.
    v1(this);
    v2(this);
    v3(this);
  }
}

let shared: OnRecordDatabase | undefined;

/** The extension's one database, opened lazily so importing this module costs nothing. */
export function getDatabase(): OnRecordDatabase {
  shared ??= new OnRecordDatabase();
  return shared;
}
