// The event form's kind select: the labels and hints of lib/plan/event-kinds.ts, grouped under
// plain headings in the order things usually happen.
import { EVENT_KINDS, EVENT_KIND_ORDER } from '@/lib/plan/event-kinds';
import type { ChildEventKind } from '@/lib/model/plan';

const GROUPS: readonly { label: string; kinds: readonly string[] }[] = [
  { label: 'At school', kinds: ['review', 'meeting'] },
  {
    label: 'EHC needs assessment and plan',
    kinds: ['assessment-requested', 'assessment-agreed', 'assessment-refused', 'no-plan-notice', 'draft-plan-served', 'comments-sent', 'final-plan-issued', 'annual-review'],
  },
  { label: 'Disagreeing with a decision', kinds: ['decision-letter', 'mediation-certificate', 'appeal-lodged'] },
];

export interface EventKindGroup {
  label: string;
  kinds: { value: ChildEventKind; label: string; hint: string }[];
}

/** Every kind once, under its heading; a kind added to the model later shows under "Other". */
export function eventKindGroups(): EventKindGroup[] {
  const placed = new Set<string>();
  const groups: EventKindGroup[] = GROUPS.map((g) => ({
    label: g.label,
    kinds: g.kinds.filter(isEventKind).map((value) => {
      placed.add(value);
      return { value, ...pick(value) };
    }),
  }));
  const rest = EVENT_KIND_ORDER.filter((k) => !placed.has(k));
  if (rest.length) groups.push({ label: 'Other', kinds: rest.map((value) => ({ value, ...pick(value) })) });
  return groups.filter((g) => g.kinds.length > 0);
}

function pick(kind: ChildEventKind): { label: string; hint: string } {
  const { label, hint } = EVENT_KINDS[kind];
  return { label, hint };
}

export function eventKindLabel(kind: ChildEventKind): string {
  return EVENT_KINDS[kind]?.label ?? 'Event';
}

export function eventKindHint(kind: ChildEventKind): string {
  return EVENT_KINDS[kind]?.hint ?? '';
}

export function isEventKind(value: string): value is ChildEventKind {
  return Object.prototype.hasOwnProperty.call(EVENT_KINDS, value);
}
