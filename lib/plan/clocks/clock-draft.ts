// A clock before today is applied: compute-clocks.ts turns it into a StatutoryClock.

import type { ChildEvent, IsoDay } from '@/lib/model/plan';
import type { ClockId } from '@/lib/plan/clocks/statutory-clock';

export interface ClockDraft {
  id: ClockId;
  startedBy: ChildEvent;
  dueOn: IsoDay;
  moved: string | null;
  /**
   * met: a later event satisfied the duty; stopped: a later event made it moot, and why in plain
   * English; null: neither yet.
   */
  outcome: { state: 'met'; on: IsoDay } | { state: 'stopped'; because: string } | null;
  /** Used instead of the period's title when this clock needs a more exact one. */
  title?: string;
  /** Said after the period's explanation when this clock needs it. */
  note?: string;
}
