import type { IsoDay } from '../plan/types';

/** Today's date where the parent is (the browser's zone), as the rules in lib/plan expect it. */
export function todayIso(now = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
