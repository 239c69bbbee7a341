// How a sender and a domain read in the list the parent ticks.
import type { SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';
import { NO_ADDRESS } from '@/lib/import/senders/group-senders';
import { monthRange } from '@/lib/ui/import/dates';
import { counted } from '@/lib/ui/import/numbers';

/** The sender checkbox's name: "senco@stmarys.sch.uk (Mrs Patel)", the address alone when there is no name. */
export function senderLabel(sender: Pick<SenderSummary, 'address' | 'name'>): string {
  if (sender.address === NO_ADDRESS) return 'Emails with no sender address';
  const name = sender.name.trim();
  return name && name.toLowerCase() !== sender.address ? `${sender.address} (${name})` : sender.address;
}

/** "214 emails · Sep 2023 – Nov 2026": one sender's line under its checkbox. */
export function senderLine(sender: Pick<SenderSummary, 'count' | 'first' | 'last'>): string {
  return [counted(sender.count, 'email', 'emails'), monthRange(sender.first, sender.last)].join(' · ');
}

/** The domain as shown; the group of emails with no readable sender gets words instead. */
export function domainLabel(group: Pick<SenderGroup, 'domain'>): string {
  return group.domain === NO_ADDRESS ? 'No sender address' : group.domain;
}

/** "3 addresses · 214 emails · Sep 2023 – Nov 2026": shown after the domain's name. */
export function groupDetails(group: Pick<SenderGroup, 'addresses' | 'count' | 'first' | 'last'>): string {
  return [counted(group.addresses.length, 'address', 'addresses'), senderLine(group)].join(' · ');
}

/** "stmarys.sch.uk · 3 addresses · 214 emails · Sep 2023 – Nov 2026". */
export function groupLine(group: SenderGroup): string {
  return [domainLabel(group), groupDetails(group)].join(' · ');
}

/** "Ticked: a school address (.sch.uk)". */
export function tickedLine(reason: string): string {
  return `Ticked: ${reason}`;
}
