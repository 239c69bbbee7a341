import type { TermYearNotice } from '@/lib/plan/timeline/term-year-notices';
import { TERM_YEAR_REGION_LABEL, termDatesLinkText, timelineNoticeRest } from '@/lib/ui/term-year-notice';
import { TermDatesLink } from '@/components/record/TermDatesLink';

/**
 * One line per school year the term dates lack, each naming the words it could not place and
 * linking to the child's term dates: "Add term dates for 2022–23 to place “after half term” (3 emails)."
 */
export function TermYearNotices({ childId, notices }: { childId: string; notices: readonly TermYearNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="region" aria-label={TERM_YEAR_REGION_LABEL} data-testid="term-year-notices">
      <ul className="term-year-notices">
        {notices.map((notice) => (
          <li key={notice.year} className="notice" data-testid="term-year-notice" data-year={notice.year}>
            <TermDatesLink childId={childId} testId="term-year-link">
              {termDatesLinkText(notice.year)}
            </TermDatesLink>
            {timelineNoticeRest(notice.words, notice.recordIds.length)}
          </li>
        ))}
      </ul>
    </div>
  );
}
