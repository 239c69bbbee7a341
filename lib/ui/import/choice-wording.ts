// The sentences of the choosing step: what was found, and what the Import button will do.
import type { ScanReport } from '@/lib/import/worker/protocol';
import type { ChosenCount } from '@/lib/ui/import/choice';
import { shortDay } from '@/lib/ui/import/dates';
import { counted } from '@/lib/ui/import/numbers';
import { addressCount } from '@/lib/ui/import/sender-filter';

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

/** "Found 48,210 emails from 1,532 senders, and 3 letters." */
export function foundSummary(report: Pick<ScanReport, 'emails' | 'senders' | 'letters'>): string {
  const parts: string[] = [];
  if (report.emails > 0) parts.push(`${counted(report.emails, 'email', 'emails')} from ${counted(addressCount(report.senders), 'sender', 'senders')}`);
  if (report.letters.length > 0) parts.push(counted(report.letters.length, 'letter', 'letters'));
  if (parts.length === 0) return 'No emails or letters were found in these files.';
  return `Found ${joinAnd(parts)}.`;
}

/**
 * The Import button's words, which are also its accessible name (it must start with "Import"):
 * "Import 214 emails and 3 letters"; "Import up to 214 emails" when a date range makes the count
 * an upper bound (see countChosen).
 */
export function importButtonLabel(count: Pick<ChosenCount, 'emails' | 'exact'>, letters: number, emailsFound = true): string {
  const emails = `${count.exact ? '' : 'up to '}${counted(count.emails, 'email', 'emails')}`;
  const docs = counted(letters, 'letter', 'letters');
  if (count.emails > 0 && letters > 0) return `Import ${emails} and ${docs}`;
  if (letters > 0) return `Import ${docs}`;
  return `Import ${emailsFound ? emails : docs}`;
}

/** "Emails found from 3 Sep 2019 to 14 Nov 2026." under the date range, or '' when none had a date. */
export function foundDatesHint(report: Pick<ScanReport, 'earliest' | 'latest'>): string {
  const a = shortDay(report.earliest);
  const b = shortDay(report.latest);
  if (!a || !b) return '';
  return a === b ? `All the emails found are from ${a}.` : `Emails found run from ${a} to ${b}.`;
}
