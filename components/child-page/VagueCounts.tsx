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
      <CountTable
        caption="Phrases that cannot be checked later, by who wrote them"
        heading="From"
        rows={counts.bySender.slice(0, 8).map((row) => ({ name: row.sender, count: row.count }))}
      />
      <CountTable caption="By term" heading="Term" rows={counts.byTerm.map((row) => ({ name: row.term, count: row.count }))} />
    </section>
  );
}

/** Phrases counted by one thing (who sent them, the term), a row each. */
function CountTable({ caption, heading, rows }: { caption: string; heading: string; rows: readonly { name: string; count: number }[] }) {
  return (
    <table className="count-table">
      <caption className="quiet small">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Phrases</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
