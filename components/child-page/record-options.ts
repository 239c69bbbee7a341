import { recordDayOf } from '@/lib/plan/timeline/record-day';
import type { RecordHead } from '@/lib/model/record-head';
import { formatDayShort } from '@/lib/calendar/format-day';
import { subjectOrPlaceholder } from '@/lib/ui/format';

export interface RecordOption {
  id: string;
  day: string;
  label: string;
}

/** A child's saved records as choices ("3 Dec 2026: Reading update (Mrs Patel)"), newest first. */
export function recordOptions(heads: readonly RecordHead[]): RecordOption[] {
  return heads
    .map((h) => {
      const day = recordDayOf(h) ?? h.capturedAt.slice(0, 10);
      const from = h.fromName || h.fromAddress;
      return { id: h.id, day, label: `${formatDayShort(day)}: ${subjectOrPlaceholder(h.subject)}${from ? ` (${from})` : ''}` };
    })
    .sort((a, b) => b.day.localeCompare(a.day) || a.label.localeCompare(b.label));
}
