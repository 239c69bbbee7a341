import { useId, useRef } from 'react';
import type { UnreadableFile } from '@/lib/import/worker/protocol';
import { formatCount } from '@/lib/ui/import/numbers';
import { showMoreLabel } from '@/lib/ui/import/paging';
import { problemLine } from '@/lib/ui/import/result-wording';
import { usePaging } from '@/components/options/import/use-paging';

interface Props {
  problems: readonly UnreadableFile[];
  heading: string;
  testId?: string;
}

/** Each file (or email inside one) that could not be read, with the plain sentence why. */
export function UnreadableList({ problems, heading, testId }: Props) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  // Each row is one line of text: a longer first page than the checkbox lists.
  const paging = usePaging(list, 20);
  if (problems.length === 0) return null;
  return (
    <section className="import-problems" aria-labelledby={headingId} data-testid={testId}>
      <h4 className="import-list-heading" id={headingId}>
        {heading} ({formatCount(problems.length)})
      </h4>
      <ul className="import-problem-list" ref={list}>
        {problems.slice(0, paging.shown).map((problem, i) => (
          <li key={`${i}:${problem.file}`} tabIndex={-1}>
            <span className="import-problem-file">{problem.file}</span> {problemLine(problem.reason)}
          </li>
        ))}
      </ul>
      {paging.shown < problems.length ? (
        <button type="button" className="button-small import-more" onClick={paging.more}>
          {showMoreLabel(paging.shown, problems.length)}
        </button>
      ) : null}
    </section>
  );
}
