// Statutory clocks: the legal deadlines that recorded events start, with England and Wales bank
// holidays and the SEND Tribunal's time rules.

export type { Citation, ClockActor, ClockId, StatutoryClock } from '@/lib/plan/clocks/statutory-clock';
export { computeClocks } from '@/lib/plan/clocks/compute-clocks';
export { isWorkingDay, nextWorkingDayAfter } from '@/lib/plan/clocks/working-days';
export { bankHolidays, bankHolidayOn, namedBankHolidays, type BankHoliday } from '@/lib/plan/clocks/bank-holidays';
export { tribunalDeadline } from '@/lib/plan/clocks/tribunal-deadline';
export { STATUTORY_PERIODS, type StatutoryPeriod } from '@/lib/plan/clocks/statutory-periods';
export { addCalendarMonths } from '@/lib/plan/clocks/calendar-months';
