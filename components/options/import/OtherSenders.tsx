import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { SenderGroup } from '@/lib/import/worker/protocol';
import { countChosen } from '@/lib/ui/import/choice';
import { counted, formatCount } from '@/lib/ui/import/numbers';
import { addressCount, filterGroups } from '@/lib/ui/import/sender-filter';
import { showMoreLabel } from '@/lib/ui/import/paging';
import { SenderGroupRow } from '@/components/options/import/SenderGroupRow';
import { usePaging } from '@/components/options/import/use-paging';

interface Props {
  groups: readonly SenderGroup[];
  chosen: ReadonlySet<string>;
  onTick(addresses: readonly string[], ticked: boolean): void;
  /** Open at first when nothing was ticked for the parent: then this list is all there is. */
  startOpen: boolean;
}

/**
 * Every sender On Record did not tick: closed at first, then a page of domains at a time with a
 * search box. A real mailbox has thousands of senders; drawing them all at once would freeze the page.
 */
export function OtherSenders({ groups, chosen, onTick, startOpen }: Props) {
  const headingId = useId();
  const bodyId = useId();
  const searchId = useId();
  const [open, setOpen] = useState(startOpen);
  const [query, setQuery] = useState('');
  // Typing stays quick: the list catches up with the search a moment later.
  const deferredQuery = useDeferredValue(query);
  const found = useMemo(() => filterGroups(groups, deferredQuery), [groups, deferredQuery]);
  const list = useRef<HTMLUListElement>(null);
  const paging = usePaging(list);
  const total = useMemo(() => addressCount(groups), [groups]);
  const tickedHere = useMemo(() => countChosen(groups, chosen).senders, [groups, chosen]);
  const searching = deferredQuery.trim() !== '';

  return (
    <section className="import-others" aria-labelledby={headingId}>
      <h4 className="import-list-heading" id={headingId}>
        <button type="button" className="import-disclose-heading" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span className="import-chevron" aria-hidden="true" />
          Other senders ({formatCount(total)})
        </button>
        {tickedHere > 0 ? <span className="quiet small"> · {formatCount(tickedHere)} ticked</span> : null}
      </h4>
      {open ? (
        <div id={bodyId}>
          <p className="quiet small">Not ticked: these do not look like a school, a council or a school service. Tick any you want to bring in.</p>
          <label className="import-search-label" htmlFor={searchId}>
            Find a sender
          </label>
          <input
            id={searchId}
            className="import-search"
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setQuery(e.target.value);
              paging.restart();
            }}
          />
          <p className="quiet small" aria-live="polite">
            {searching ? `${counted(found.length, 'domain matches', 'domains match')}.` : `${counted(found.length, 'domain', 'domains')}, biggest first.`}
          </p>
          <ul className="import-groups" ref={list}>
            {found.slice(0, paging.shown).map(({ group, shown }) => (
              <SenderGroupRow key={group.domain} group={group} shown={shown} chosen={chosen} onTick={onTick} open={searching && shown.length < group.addresses.length} />
            ))}
          </ul>
          {paging.shown < found.length ? (
            <button type="button" className="button-small import-more" onClick={paging.more}>
              {showMoreLabel(paging.shown, found.length, { one: 'domain', many: 'domains' })}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
