// Narrowing the timeline by kind of row and by words. A period's header stays only when something
// under it is still shown, so the parent never sees an empty term.

import { EVENT_KINDS } from '@/lib/plan/event-kinds';
import type { TimelineEntry, TimelineRow, TimelineRowType } from '@/lib/plan/timeline/types';

export interface TimelineFilter {
  /** The row types to keep; term headers follow their rows whatever this says. */
  kinds?: ReadonlySet<TimelineRowType>;
  /** Words that must all appear (any case) in the row's text. */
  text?: string;
}

// Rows are rebuilt only when the record changes, so their search text is worked out once, not per keystroke.
const searchText = new WeakMap<TimelineEntry, string>();

function textOf(row: TimelineEntry): string {
  let text = searchText.get(row);
  if (text === undefined) {
    text = wordsOf(row).join('\n').toLowerCase();
    searchText.set(row, text);
  }
  return text;
}

function wordsOf(row: TimelineEntry): string[] {
  switch (row.type) {
    case 'record':
      return [row.head.subject, row.head.fromName, row.head.fromAddress];
    case 'commitment':
      return ['promise', row.finding.text, row.finding.actor];
    case 'event':
      return [EVENT_KINDS[row.event.kind]?.label ?? row.event.kind, row.event.note];
    case 'plan':
      return ['plan', row.summary, row.plan.title];
    case 'clock':
      return ['deadline', row.clock.title];
  }
}

export function filterTimeline(rows: readonly TimelineRow[], filter: TimelineFilter): TimelineRow[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const kinds = filter.kinds;
  const out: TimelineRow[] = [];
  let header: TimelineRow | null = null;
  for (const row of rows) {
    if (row.type === 'term') {
      header = row;
      continue;
    }
    if (kinds && !kinds.has(row.type)) continue;
    if (words.length > 0) {
      const text = textOf(row);
      if (!words.every((w) => text.includes(w))) continue;
    }
    if (header) {
      out.push(header);
      header = null;
    }
    out.push(row);
  }
  return out;
}
