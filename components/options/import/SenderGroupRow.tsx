import { memo, useId, useRef, useState } from 'react';
import type { SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';
import { groupTickState } from '@/lib/ui/import/choice';
import { formatCount } from '@/lib/ui/import/numbers';
import { showMoreLabel } from '@/lib/ui/import/paging';
import { domainLabel, groupDetails, tickedLine } from '@/lib/ui/import/sender-wording';
import { SenderRow } from '@/components/options/import/SenderRow';
import { TickBox } from '@/components/options/import/TickBox';
import { usePaging } from '@/components/options/import/use-paging';

/** Addresses a domain lists before "Show more": most domains have one to three. */
const FIRST_ADDRESSES = 10;
const ADDRESS_NOUNS = { one: 'address', many: 'addresses' };

interface Props {
  group: SenderGroup;
  /** The addresses to list: all of them, or those a search matched. */
  shown: readonly SenderSummary[];
  chosen: ReadonlySet<string>;
  onTick(addresses: readonly string[], ticked: boolean): void;
  /** List the addresses at first (ticked domains, search results); otherwise behind a button. */
  open: boolean;
}

/** One domain: a checkbox for all its addresses (ticked, half-ticked or clear), then each address. */
function SenderGroupRowView({ group, shown, chosen, onTick, open }: Props) {
  const detailsId = useId();
  const reasonId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(open);
  const list = useRef<HTMLUListElement>(null);
  const paging = usePaging(list, FIRST_ADDRESSES);
  const everyReasoned = group.addresses.every((a) => a.ticked !== null);
  // The domain's line gives the reason when it holds for every address; otherwise each ticked
  // address says its own (a school's one address at a public webmail domain).
  const groupReason = group.ticked && everyReasoned ? tickedLine(group.ticked) : '';

  if (group.addresses.length === 1) {
    const sender = group.addresses[0]!;
    return (
      <li className="import-group">
        <SenderRow sender={sender} ticked={chosen.has(sender.address)} onTick={onTick} lead={domainLabel(group)} showReason />
      </li>
    );
  }

  const addresses = group.addresses.map((a) => a.address);
  const listed = expanded || open;
  return (
    <li className="import-group">
      <TickBox
        state={groupTickState(group, chosen)}
        onChange={(t) => onTick(addresses, t)}
        name={`${domainLabel(group)}, all ${formatCount(addresses.length)} addresses`}
        describedBy={groupReason ? `${detailsId} ${reasonId}` : detailsId}
        className="import-domain"
      >
        {domainLabel(group)}
      </TickBox>
      <p className="import-meta quiet small" id={detailsId}>
        {groupDetails(group)}
      </p>
      {groupReason ? (
        <p className="import-reason small" id={reasonId}>
          {groupReason}
        </p>
      ) : null}
      {open ? null : (
        <button type="button" className="button-quiet import-disclose small" aria-expanded={listed} aria-controls={listId} onClick={() => setExpanded((e) => !e)}>
          {listed ? 'Hide the addresses' : `Show the ${formatCount(addresses.length)} addresses`}
        </button>
      )}
      {listed ? (
        <>
          <ul className="import-addresses" id={listId} ref={list} aria-label={`Addresses at ${domainLabel(group)}`}>
            {shown.slice(0, paging.shown).map((sender) => (
              <li key={sender.address}>
                <SenderRow sender={sender} ticked={chosen.has(sender.address)} onTick={onTick} showReason={!groupReason} />
              </li>
            ))}
          </ul>
          {paging.shown < shown.length ? (
            <button type="button" className="button-small import-more" onClick={paging.more}>
              {showMoreLabel(paging.shown, shown.length, ADDRESS_NOUNS)}
            </button>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** Re-rendered only when one of its own addresses changes: ticking one sender redraws one row, not thousands. */
function sameRow(prev: Props, next: Props): boolean {
  if (prev.group !== next.group || prev.shown !== next.shown || prev.onTick !== next.onTick || prev.open !== next.open) return false;
  if (prev.chosen === next.chosen) return true;
  return next.group.addresses.every((a) => prev.chosen.has(a.address) === next.chosen.has(a.address));
}

export const SenderGroupRow = memo(SenderGroupRowView, sameRow);
