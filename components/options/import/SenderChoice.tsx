import { useId, useMemo, useRef } from 'react';
import type { SenderGroup } from '@/lib/import/worker/protocol';
import { countChosen } from '@/lib/ui/import/choice';
import { formatCount } from '@/lib/ui/import/numbers';
import { showMoreLabel } from '@/lib/ui/import/paging';
import { OtherSenders } from '@/components/options/import/OtherSenders';
import { SenderGroupRow } from '@/components/options/import/SenderGroupRow';
import { usePaging } from '@/components/options/import/use-paging';

interface Props {
  groups: readonly SenderGroup[];
  chosen: ReadonlySet<string>;
  onTick(addresses: readonly string[], ticked: boolean): void;
}

/** The senders: the ones On Record ticked first, open, then everyone else behind "Other senders". */
export function SenderChoice({ groups, chosen, onTick }: Props) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const paging = usePaging(list);
  const ticked = useMemo(() => groups.filter((g) => g.ticked !== null), [groups]);
  const others = useMemo(() => groups.filter((g) => g.ticked === null), [groups]);
  const tickedNow = useMemo(() => countChosen(ticked, chosen).senders, [ticked, chosen]);

  return (
    <div className="import-senders">
      <section aria-labelledby={headingId}>
        <h4 className="import-list-heading" id={headingId}>
          Schools, councils and school services
          {ticked.length > 0 ? <span className="quiet small"> · {formatCount(tickedNow)} ticked</span> : null}
        </h4>
        {ticked.length === 0 ? (
          <p>None of the senders looks like a school, a council or a school service, so none is ticked. Tick the ones you want under “Other senders”.</p>
        ) : (
          <>
            <p className="quiet small">Ticked for you. Untick any you do not want.</p>
            <ul className="import-groups" ref={list}>
              {ticked.slice(0, paging.shown).map((group) => (
                <SenderGroupRow key={group.domain} group={group} shown={group.addresses} chosen={chosen} onTick={onTick} open />
              ))}
            </ul>
            {paging.shown < ticked.length ? (
              <button type="button" className="button-small import-more" onClick={paging.more}>
                {showMoreLabel(paging.shown, ticked.length, { one: 'domain', many: 'domains' })}
              </button>
            ) : null}
          </>
        )}
      </section>
      {others.length > 0 ? <OtherSenders groups={others} chosen={chosen} onTick={onTick} startOpen={ticked.length === 0} /> : null}
    </div>
  );
}
