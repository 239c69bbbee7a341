import type { IsoDay } from '../plan/types';
import { localDayOfInstant } from './forms/dates';

/** Today's date where the parent is (the browser's zone), as the rules in lib/plan expect it. */
export function todayIso(now = new Date()): IsoDay {
  return localDayOfInstant(now.toISOString())!;
}
