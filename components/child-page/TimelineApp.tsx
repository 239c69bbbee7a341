import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { SEN_STATUSES } from '@/lib/plan/needs';
import type { Child } from '@/lib/model/plan';
import { todayIso } from '@/lib/calendar/today';
import { ChildForm } from '@/components/forms/child/ChildForm';
import { RecordView } from '@/components/record/RecordView';
import { useChildren } from '@/components/hooks/use-children';
import { useRoute } from '@/components/hooks/use-route';
import { ChildPage } from '@/components/child-page/ChildPage';
import { PlanEditPage } from '@/components/child-page/PlanEditPage';

/** The full page: each child's timeline, support plan, term dates and details. */
export function TimelineApp() {
  const [route, go] = useRoute();
  const children = useChildren();
  const today = todayIso();

  // With one child there is nothing to choose: open their timeline.
  useEffect(() => {
    if (route.page === 'home' && children?.length === 1) go({ page: 'child', childId: children[0]!.id, tab: 'timeline' });
  }, [route, children, go]);

  const current = route.page === 'child' || route.page === 'edit-plan' ? children?.find((c) => c.id === route.childId) : undefined;

  return (
    <div className="app full-page">
      <header className="app-header">
        <span className="brand">On Record</span>
        <nav aria-label="Children" className="child-switcher">
          {(children ?? []).map((child) => (
            <a
              key={child.id}
              href={`#/child/${encodeURIComponent(child.id)}/timeline`}
              aria-current={current?.id === child.id ? 'page' : undefined}
              data-testid="child-link"
            >
              {child.name}
            </a>
          ))}
          <a href="#/new-child" aria-current={route.page === 'new-child' ? 'page' : undefined} data-testid="add-child">
            + Add a child
          </a>
        </nav>
        <a className="header-link" href={browser.runtime.getURL('/options.html')}>
          Import, backup and settings
        </a>
      </header>
      <main className="page-main" id="main">
        {children === undefined ? (
          <p className="quiet" aria-busy="true">
            Opening your record…
          </p>
        ) : route.page === 'new-child' ? (
          <section className="card" aria-labelledby="new-child-heading">
            <h1 id="new-child-heading" className="page-title">
              Add a child
            </h1>
            <ChildForm child={null} showHeading={false} onSaved={(child) => go({ page: 'child', childId: child.id, tab: 'terms' })} />
          </section>
        ) : route.page === 'record' ? (
          <RecordView recordId={route.recordId} onBack={() => history.back()} />
        ) : (route.page === 'child' || route.page === 'edit-plan') && current ? (
          route.page === 'edit-plan' ? (
            <PlanEditPage child={current} planId={route.planId} today={today} />
          ) : (
            <ChildPage child={current} tab={route.tab} today={today} />
          )
        ) : route.page !== 'home' ? (
          <p role="alert">This child is no longer in your record.</p>
        ) : (
          <Home children={children} />
        )}
      </main>
    </div>
  );
}

function Home({ children }: { children: Child[] }) {
  if (children.length === 0) {
    return (
      <section className="card welcome" aria-labelledby="welcome-heading">
        <h1 id="welcome-heading" className="page-title">
          Your child’s support, on one timeline
        </h1>
        <p>
          Add your child, their school’s term dates and their support plan. On Record then files the emails you save
          under them, shows what was promised and when, and tells you when a promise is overdue, a review is missing or
          a legal deadline is coming up.
        </p>
        <p>
          <a className="button-primary" href="#/new-child">
            Add your child
          </a>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="children-heading">
      <h1 id="children-heading" className="page-title">
        Your children
      </h1>
      <ul className="child-cards">
        {children.map((child) => (
          <li key={child.id} className="card">
            <h2>
              <a href={`#/child/${encodeURIComponent(child.id)}/timeline`}>{child.name}</a>
            </h2>
            <p className="quiet">
              {[child.school, child.yearGroup, SEN_STATUSES[child.senStatus].name].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
