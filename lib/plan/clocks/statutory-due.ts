// The day a statutory period that starts on a given day runs out.

import type { IsoDay } from '@/lib/model/plan';
import { periodEnd } from '@/lib/plan/clocks/period-end';
import type { ClockId } from '@/lib/plan/clocks/statutory-clock';
import { STATUTORY_PERIODS } from '@/lib/plan/clocks/statutory-periods';

export function statutoryDue(id: Exclude<ClockId, 'tribunal-appeal'>, start: IsoDay): IsoDay {
  const period = STATUTORY_PERIODS[id].period;
  if (!period) throw new Error(`No fixed period for ${id}`);
  return periodEnd(start, period);
}
