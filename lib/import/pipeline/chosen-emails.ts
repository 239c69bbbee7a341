// Which scanned emails the parent's choice takes: from a ticked sender, inside the date range.
// Emails with no readable date are taken when their sender is ticked: leaving them out would lose
// them silently, and the parent chose the sender.
import type { ImportChoice } from '@/lib/import/worker/protocol';
import type { FoundEmail } from '@/lib/import/pipeline/found';
import { NO_ADDRESS } from '@/lib/import/senders/group-senders';

export function chosenEmails(emails: readonly FoundEmail[], choice: ImportChoice): FoundEmail[] {
  const senders = new Set(choice.senders);
  return emails.filter((e) => senders.has(e.address || NO_ADDRESS) && inRange(e.sentAt, choice.fromDay, choice.toDay));
}

/** The day the email was sent where it was sent (the ISO string's own date), within [from, to]. */
function inRange(sentAt: string | null, fromDay: string | null, toDay: string | null): boolean {
  if (!sentAt) return true;
  const day = sentAt.slice(0, 10);
  return (!fromDay || day >= fromDay) && (!toDay || day <= toDay);
}
