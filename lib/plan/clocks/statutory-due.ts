// The day a statutory period that starts on a given day runs out.

import type { IsoDay } from '../types';
import { periodEnd } from './period-end';
import type { ClockId } from './statutory-clock';
import { STATUTORY_PERIODS } from './statutory-periods';

export function statutoryDue(id: Exclude<ClockId, 'tribunal-appeal'>, start: IsoDay): IsoDay {
  const period = STATUTORY_PERIODS[id].period;
  if (!period) throw new Error(`No fixed period for ${id}`);
  return periodEnd(start, period);
}
