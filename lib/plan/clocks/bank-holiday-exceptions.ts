// Bank holidays in England and Wales that broke the usual rules, as announced by royal
// proclamation (source: the gov.uk bank holidays list). New ones are added here when announced.

import type { IsoDay } from '@/lib/calendar/day';

export type MovableHoliday = 'early-may' | 'spring';

/** A usual holiday moved to another day that year. */
export interface MovedBankHoliday {
  year: number;
  holiday: MovableHoliday;
  to: IsoDay;
  why: string;
}

/** A one-off extra bank holiday. */
export interface ExtraBankHoliday {
  day: IsoDay;
  name: string;
}

export const MOVED_BANK_HOLIDAYS: readonly MovedBankHoliday[] = [
  { year: 1995, holiday: 'early-may', to: '1995-05-08', why: '50th anniversary of VE Day' },
  { year: 2002, holiday: 'spring', to: '2002-06-04', why: "the Queen's Golden Jubilee" },
  { year: 2012, holiday: 'spring', to: '2012-06-04', why: "the Queen's Diamond Jubilee" },
  { year: 2020, holiday: 'early-may', to: '2020-05-08', why: '75th anniversary of VE Day' },
  { year: 2022, holiday: 'spring', to: '2022-06-02', why: "the Queen's Platinum Jubilee" },
];

export const EXTRA_BANK_HOLIDAYS: readonly ExtraBankHoliday[] = [
  { day: '1999-12-31', name: 'Millennium celebrations' },
  { day: '2002-06-03', name: "Queen's Golden Jubilee" },
  { day: '2011-04-29', name: 'Royal wedding' },
  { day: '2012-06-05', name: "Queen's Diamond Jubilee" },
  { day: '2022-06-03', name: "Queen's Platinum Jubilee" },
  { day: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
  { day: '2023-05-08', name: 'Coronation of King Charles III' },
];
