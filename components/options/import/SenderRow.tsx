import { useId } from 'react';
import type { SenderSummary } from '@/lib/import/worker/protocol';
import { senderLabel, senderLine, tickedLine } from '@/lib/ui/import/sender-wording';
import { TickBox } from '@/components/options/import/TickBox';

interface Props {
  sender: SenderSummary;
  ticked: boolean;
  onTick(addresses: readonly string[], ticked: boolean): void;
  /** Extra words before the counts (the domain, for a domain with one address). */
  lead?: string;
  /** Show why On Record ticked it (when the domain's line does not say so already). */
  showReason: boolean;
}

/** One sender address: its checkbox ("senco@stmarys.sch.uk (Mrs Patel)"), counts and dates. */
export function SenderRow({ sender, ticked, onTick, lead, showReason }: Props) {
  const detailsId = useId();
  const reasonId = useId();
  const reason = showReason && sender.ticked ? tickedLine(sender.ticked) : '';
  return (
    <div className="import-sender">
      <TickBox state={ticked ? 'all' : 'none'} onChange={(t) => onTick([sender.address], t)} describedBy={reason ? `${detailsId} ${reasonId}` : detailsId}>
        {senderLabel(sender)}
      </TickBox>
      <p className="import-meta quiet small" id={detailsId}>
        {lead ? `${lead} · ${senderLine(sender)}` : senderLine(sender)}
      </p>
      {reason ? (
        <p className="import-reason small" id={reasonId}>
          {reason}
        </p>
      ) : null}
    </div>
  );
}
