import type { StatutoryClock } from '@/lib/plan/clocks';
import type { IsoDay } from '@/lib/model/plan';
import { countdown, formatDay, formatDayShort, relativeDays } from '@/lib/calendar/format-day';
import { isLiveClock } from '@/lib/ui/live-clocks';

const STATE_LABELS: Record<StatutoryClock['state'], string> = {
  running: 'Counting down',
  overdue: 'Deadline passed',
  met: 'Done',
  stopped: 'No longer applies',
};

const ACTOR_LABELS: Record<StatutoryClock['actor'], string> = {
  'local-authority': 'The council must act',
  parent: 'Your deadline',
  school: 'The school must act',
};

/** Legal deadlines started by events the parent recorded, each with its source and a countdown. */
export function DeadlinesList({ clocks, today }: { clocks: readonly StatutoryClock[]; today: IsoDay }) {
  const live = clocks.filter(isLiveClock);
  const done = clocks.filter((c) => !isLiveClock(c));
  return (
    <section className="card deadlines" aria-labelledby="deadlines-heading" data-testid="deadlines">
      <h2 id="deadlines-heading">Legal deadlines</h2>
      {clocks.length === 0 ? (
        <p className="quiet small">
          Record a request for an EHC needs assessment, a draft or final plan, an annual review or a decision letter, and
          the legal deadlines that follow appear here.
        </p>
      ) : null}
      <ul className="clock-list">
        {live.map((clock) => (
          <ClockItem key={clock.id + clock.startedBy} clock={clock} today={today} />
        ))}
      </ul>
      {done.length ? (
        <details>
          <summary>Past and finished deadlines ({done.length})</summary>
          <ul className="clock-list">
            {done.map((clock) => (
              <ClockItem key={clock.id + clock.startedBy} clock={clock} today={today} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function ClockItem({ clock }: { clock: StatutoryClock; today: IsoDay }) {
  const shown =
    clock.state === 'running' || clock.state === 'overdue' ? countdown(clock.daysLeft) : clock.metOn ? `Done on ${formatDayShort(clock.metOn)}` : STATE_LABELS[clock.state];
  return (
    <li className={`clock-item clock-${clock.state}`} data-testid="clock" data-clock-id={clock.id} data-clock-state={clock.state}>
      <h3>{clock.title}</h3>
      <p className="clock-due">
        <span className="clock-countdown">{shown}</span>{' '}
        <span>
          due <time dateTime={clock.dueOn}>{formatDay(clock.dueOn)}</time> ({relativeDays(clock.daysLeft)})
        </span>
      </p>
      <p className="quiet small">
        {ACTOR_LABELS[clock.actor]} · from {formatDayShort(clock.startedOn)} · {STATE_LABELS[clock.state]}
      </p>
      {clock.moved ? <p className="small">{clock.moved}</p> : null}
      <details>
        <summary>Why this deadline, and what you can do</summary>
        <p className="small">{clock.explanation}</p>
        <p className="small">
          Source:{' '}
          <a href={clock.citation.url} target="_blank" rel="noreferrer noopener">
            {clock.citation.short}
          </a>
        </p>
      </details>
    </li>
  );
}
