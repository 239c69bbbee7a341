// Statutory clocks: the legal deadlines that recorded events start, with England and Wales bank
// holidays and the SEND Tribunal's time rules.

export type { Citation, ClockActor, ClockId, StatutoryClock } from './statutory-clock';
export { computeClocks } from './compute-clocks';
export { isWorkingDay, nextWorkingDayAfter } from './working-days';
export { bankHolidays, bankHolidayOn, namedBankHolidays, type BankHoliday } from './bank-holidays';
export { tribunalDeadline } from './tribunal-deadline';
export { STATUTORY_PERIODS, type StatutoryPeriod } from './statutory-periods';
export { addCalendarMonths } from './calendar-months';
