import { useMemo } from 'react';
import { vagueCounts } from '@/lib/plan/flags';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';

/** How much vague wording has arrived, by who sent it and by term: patterns a parent can raise. */
export function VagueCounts({ set }: { set: ChildRecordSet }) {
  const counts = useMemo(() => vagueCounts(set), [set]);
  if (counts.bySender.length === 0) return null;
  return (
    <section className="card vague-counts" aria-labelledby="vague-counts-heading" data-testid="vague-counts">
      <h2 id="vague-counts-heading">Vague wording</h2>
      <table className="count-table">
        <caption className="quiet small">Phrases that cannot be checked later, by who wrote them</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Phrases</th>
          </tr>
        </thead>
        <tbody>
          {counts.bySender.slice(0, 8).map((row) => (
            <tr key={row.sender}>
              <th scope="row">{row.sender}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="count-table">
        <caption className="quiet small">By term</caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Phrases</th>
          </tr>
        </thead>
        <tbody>
          {counts.byTerm.map((row) => (
            <tr key={row.term}>
              <th scope="row">{row.term}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
