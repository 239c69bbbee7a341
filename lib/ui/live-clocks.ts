import type { StatutoryClock } from '@/lib/plan/clocks';

/** A parent's own deadline (an appeal, comments on a draft) long gone is history, not an alarm. */
const PARENT_DEADLINE_FADES_AFTER_DAYS = 30;

/** Clocks still worth showing as live: counting down, or missed by the council or school. */
export function isLiveClock(clock: StatutoryClock): boolean {
  if (clock.state === 'running') return true;
  if (clock.state !== 'overdue') return false;
  return clock.actor !== 'parent' || clock.daysLeft >= -PARENT_DEADLINE_FADES_AFTER_DAYS;
}
