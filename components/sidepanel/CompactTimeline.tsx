import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { computeClocks } from '@/lib/plan/clocks';
import { computeFlags } from '@/lib/plan/flags';
import type { Child, IsoDay } from '@/lib/model/plan';
import { countdown, formatDayShort } from '@/lib/calendar/format-day';
import { isLiveClock } from '@/lib/ui/live-clocks';
import { todayIso } from '@/lib/calendar/today';
import { useChildSet } from '@/components/hooks/use-child-set';
import { useChildren } from '@/components/hooks/use-children';
import { Options } from '@/components/shared/Options';

const FLAGS_SHOWN = 5;

function openFullPage(hash: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/timeline.html${hash}`) });
}

/** The side panel's view of the timeline: what needs attention and the next deadlines, per child. */
export function CompactTimeline() {
  const children = useChildren();
  const [chosen, setChosen] = useState<string | null>(null);
  const today = todayIso();
  if (children === undefined) return <p className="quiet">Opening…</p>;
  if (children.length === 0) {
    return (
      <section className="compact-timeline" data-testid="compact-timeline">
        <p>Add your child and their support plan to see what was promised, what is overdue and the legal deadlines.</p>
        <button type="button" className="button-primary" onClick={() => openFullPage('#/new-child')} data-testid="compact-add-child">
          Add your child
        </button>
      </section>
    );
  }
  const child = children.find((c) => c.id === chosen) ?? children[0]!;
  return (
    <section className="compact-timeline" data-testid="compact-timeline" aria-label="Timeline">
      {children.length > 1 ? (
        <label className="compact-child">
          Child{' '}
          <select value={child.id} onChange={(e) => setChosen(e.target.value)} data-testid="compact-child">
            <Options options={children.map((c) => ({ value: c.id, label: c.name }))} />
          </select>
        </label>
      ) : null}
      <ChildSummary child={child} today={today} />
    </section>
  );
}

function ChildSummary({ child, today }: { child: Child; today: IsoDay }) {
  const set = useChildSet(child.id, today);
  const summary = useMemo(() => {
    if (!set) return null;
    const flags = computeFlags(set);
    const clocks = computeClocks(set.events, today).filter(isLiveClock);
    const act = flags.filter((f) => f.severity === 'act');
    return { flags: [...act, ...flags.filter((f) => f.severity !== 'act')], act: act.length, clocks };
  }, [set, today]);
  if (!set || !summary) return <p className="quiet">Opening…</p>;
  const hash = `#/child/${encodeURIComponent(child.id)}/timeline`;
  return (
    <>
      <h2>{child.name}</h2>
      <p className="quiet small">
        {set.records.length} saved · {summary.act} to chase · {summary.flags.length - summary.act} to check
      </p>
      {summary.clocks.length ? (
        <>
          <h3>Legal deadlines</h3>
          <ul className="clock-list">
            {summary.clocks.map((c) => (
              <li key={c.id + c.startedBy} className={`clock-item clock-${c.state}`} data-testid="compact-clock">
                <strong>{c.title}</strong>: due {formatDayShort(c.dueOn)} ({countdown(c.daysLeft)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Needs your attention</h3>
      {summary.flags.length === 0 ? (
        <p>Nothing overdue or missing that On Record can see.</p>
      ) : (
        <ul className="flag-list">
          {summary.flags.slice(0, FLAGS_SHOWN).map((f) => (
            <li key={f.id} className={`flag-item severity-${f.severity}`} data-testid="compact-flag" data-flag-kind={f.kind}>
              <h4>
                <span className="flag-severity">{f.severity === 'act' ? 'Chase' : 'Check'}</span> {f.title}
              </h4>
              <p className="small">{f.detail}</p>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button-primary" onClick={() => openFullPage(hash)} data-testid="open-full-timeline">
        Open the full timeline{summary.flags.length > FLAGS_SHOWN ? ` (${summary.flags.length} items)` : ''}
      </button>
    </>
  );
}
