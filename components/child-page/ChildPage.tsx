import { useEffect, useRef } from 'react';
import { NEEDS, SEN_STATUSES } from '@/lib/plan/needs';
import type { Child, IsoDay } from '@/lib/model/plan';
import type { ChildTab } from '@/lib/ui/route';
import { ChildForm } from '@/components/forms/child/ChildForm';
import { TermDatesEditor } from '@/components/forms/terms/TermDatesEditor';
import { PlanTab } from '@/components/child-page/PlanTab';
import { TimelineView } from '@/components/child-page/TimelineView';

const TABS: { tab: ChildTab; label: string }[] = [
  { tab: 'timeline', label: 'Timeline' },
  { tab: 'plan', label: 'Support plan' },
  { tab: 'terms', label: 'Term dates' },
  { tab: 'details', label: 'Details' },
];

export function ChildPage({ child, tab, today }: { child: Child; tab: ChildTab; today: IsoDay }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new tab is a new page for a screen reader: move focus to its heading.
  useEffect(() => {
    heading.current?.focus();
  }, [tab, child.id]);

  const need = child.primaryNeed ? NEEDS[child.primaryNeed].name : null;
  return (
    <div className="child-page">
      <div className="child-heading">
        <h1 className="page-title" ref={heading} tabIndex={-1}>
          {child.name}
          <span className="visually-hidden">: {TABS.find((t) => t.tab === tab)?.label}</span>
        </h1>
        <p className="quiet">
          {[child.school, child.yearGroup, SEN_STATUSES[child.senStatus].name, need].filter(Boolean).join(' · ')}
        </p>
      </div>
      <nav aria-label={`${child.name}’s pages`} className="tabs">
        {TABS.map((t) => (
          <a
            key={t.tab}
            href={`#/child/${encodeURIComponent(child.id)}/${t.tab}`}
            aria-current={t.tab === tab ? 'page' : undefined}
            data-testid={`tab-${t.tab}`}
          >
            {t.label}
          </a>
        ))}
      </nav>
      {tab === 'timeline' ? <TimelineView key={child.id} child={child} today={today} /> : null}
      {tab === 'plan' ? <PlanTab child={child} today={today} /> : null}
      {tab === 'terms' ? <TermDatesEditor key={child.id} child={child} today={today} /> : null}
      {tab === 'details' ? (
        <section className="card" aria-label="Details">
          <ChildForm key={child.id} child={child} onSaved={() => undefined} onDeleted={() => (location.hash = '#/')} />
        </section>
      ) : null}
    </div>
  );
}
