// The parent's choice while they tick: which senders and letters, and how many emails that brings.
// Addresses are kept in a Set, so a mailbox with thousands of senders is counted in one pass.
import type { ImportChoice, ScanReport, SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';
import { dayOf } from '@/lib/ui/import/dates';

/** Addresses On Record ticked already (each has a reason); everything else starts unticked. */
export function initialSenders(report: Pick<ScanReport, 'senders'>): Set<string> {
  const chosen = new Set<string>();
  for (const group of report.senders) for (const sender of group.addresses) if (sender.ticked !== null) chosen.add(sender.address);
  return chosen;
}

/** Letters given as their own files are ticked (the parent chose them one by one); those found inside a zip are not. */
export function initialLetters(report: Pick<ScanReport, 'letters'>): Set<string> {
  return new Set(report.letters.filter((l) => l.ticked).map((l) => l.key));
}

export type TickState = 'all' | 'some' | 'none';

/** Whether a domain's checkbox is ticked, half-ticked (indeterminate) or clear. */
export function groupTickState(group: Pick<SenderGroup, 'addresses'>, chosen: ReadonlySet<string>): TickState {
  let ticked = 0;
  for (const sender of group.addresses) if (chosen.has(sender.address)) ticked++;
  if (ticked === 0) return 'none';
  return ticked === group.addresses.length ? 'all' : 'some';
}

/** A copy of `chosen` with these addresses ticked or cleared. */
export function withSenders(chosen: ReadonlySet<string>, addresses: readonly string[], ticked: boolean): Set<string> {
  const next = new Set(chosen);
  for (const address of addresses) {
    if (ticked) next.add(address);
    else next.delete(address);
  }
  return next;
}

export interface ChosenCount {
  /** Emails the choice takes; an upper bound when `exact` is false. */
  emails: number;
  /**
   * False when a date range cuts through some ticked sender's dates: the page has only each
   * sender's first and last date, not every email's, so it cannot tell how many fall inside.
   */
  exact: boolean;
  /** Ticked senders with any email the choice may take. */
  senders: number;
}

/**
 * How many emails the ticked senders bring, inside the date range (YYYY-MM-DD, '' or null for no
 * limit). A sender whose dated emails all fall inside counts whole; all outside counts nothing
 * (emails with no date are rare: they are taken with their sender, so the worker's total can be a
 * little higher); partly inside counts whole but makes the count "up to". A sender with no dated
 * email at all counts whole, because the worker takes undated emails of a ticked sender.
 */
export function countChosen(groups: readonly SenderGroup[], chosen: ReadonlySet<string>, fromDay?: string | null, toDay?: string | null): ChosenCount {
  const from = fromDay || null;
  const to = toDay || null;
  let emails = 0;
  let senders = 0;
  let exact = true;
  for (const group of groups) {
    for (const sender of group.addresses) {
      if (!chosen.has(sender.address)) continue;
      const place = placeInRange(sender, from, to);
      if (place === 'outside') continue;
      if (place === 'partly') exact = false;
      emails += sender.count;
      senders++;
    }
  }
  return { emails, exact, senders };
}

function placeInRange(sender: Pick<SenderSummary, 'first' | 'last'>, from: string | null, to: string | null): 'inside' | 'outside' | 'partly' {
  const first = dayOf(sender.first);
  const last = dayOf(sender.last) ?? first;
  if (!first || !last || (!from && !to)) return 'inside';
  if ((from && last < from) || (to && first > to)) return 'outside';
  if ((!from || first >= from) && (!to || last <= to)) return 'inside';
  return 'partly';
}

/** The sentence when the two dates cannot both hold, or null when they are fine. */
export function dateRangeProblem(fromDay: string, toDay: string): string | null {
  return fromDay && toDay && fromDay > toDay ? 'The “From” date is after the “To” date. Change one of them.' : null;
}

/** What goes to the worker. */
export function importChoice(senders: ReadonlySet<string>, letters: ReadonlySet<string>, fromDay: string, toDay: string): ImportChoice {
  return { senders: [...senders], letters: [...letters], fromDay: fromDay || null, toDay: toDay || null };
}
