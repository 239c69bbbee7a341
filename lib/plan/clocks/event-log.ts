// Looking things up in one child's recorded events, oldest first.

import type { ChildEvent, ChildEventKind, IsoDay } from '@/lib/model/plan';

/** Oldest first; events on the same day keep the order they were recorded in. */
export function inDayOrder(events: readonly ChildEvent[]): ChildEvent[] {
  return [...events].sort((a, b) => compare(a.day, b.day) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most recent event of a kind, optionally no earlier than a day. */
export function latestOf(events: readonly ChildEvent[], kind: ChildEventKind, onOrAfter: IsoDay = ''): ChildEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.day < onOrAfter) return undefined;
    if (event.kind === kind) return event;
  }
  return undefined;
}

/** The first event of any of the kinds on or after a day. */
export function firstOnOrAfter(events: readonly ChildEvent[], kinds: readonly ChildEventKind[], day: IsoDay): ChildEvent | undefined {
  return events.find((e) => e.day >= day && kinds.includes(e.kind));
}
