import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDatabase } from '@/lib/db/database';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { termYearNotices, type TermYearNotice } from '@/lib/plan/timeline/term-year-notices';

/**
 * The child's requests for missing term dates, one per school year, kept live: empty until asked
 * for (`enabled`) and while loading. Reads only the child's date findings, which the timeline's
 * record set leaves out, and keeps those the calendar could not place.
 */
export function useTermYearNotices(childId: string, calendar: TermCalendar | null, enabled: boolean): TermYearNotice[] {
  const unplaced = useLiveQuery(
    () =>
      enabled
        ? getDatabase()
            .findings.where('[childId+kind]')
            .equals([childId, 'date'])
            .filter((f) => f.kind === 'date' && Boolean(f.missingTermYear))
            .toArray()
        : [],
    [childId, enabled],
  );
  return useMemo(() => termYearNotices(unplaced ?? [], calendar), [unplaced, calendar]);
}
