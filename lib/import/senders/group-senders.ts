// Folds the senders of every scanned email into the list the parent ticks: one row per address,
// grouped by domain, with counts and the first and last date. Ticked groups come first, then the
// biggest. Built incrementally, so the scan of 50,000 emails keeps only one small entry per address.
import type { Person } from '@/lib/model/captured-item';
import type { SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';
import { whyTicked, type ChildSenders } from '@/lib/import/senders/why-ticked';

/** The group that collects emails with no readable sender address. */
export const NO_ADDRESS = '(no address)';

interface Tally {
  address: string;
  names: Map<string, number>;
  count: number;
  first: string | null;
  last: string | null;
}

export class SenderTally {
  private readonly byAddress = new Map<string, Tally>();

  add(from: Person | null, sentAt: string | null): void {
    const address = from?.address.trim().toLowerCase() ?? '';
    const key = address || NO_ADDRESS;
    let tally = this.byAddress.get(key);
    if (!tally) {
      tally = { address: key, names: new Map(), count: 0, first: null, last: null };
      this.byAddress.set(key, tally);
    }
    tally.count++;
    const name = from?.name.trim() ?? '';
    if (name) tally.names.set(name, (tally.names.get(name) ?? 0) + 1);
    if (sentAt) {
      // ISO strings with offsets do not sort as text across zones: compare instants.
      if (!tally.first || Date.parse(sentAt) < Date.parse(tally.first)) tally.first = sentAt;
      if (!tally.last || Date.parse(sentAt) > Date.parse(tally.last)) tally.last = sentAt;
    }
  }

  groups(children: readonly ChildSenders[]): SenderGroup[] {
    const byDomain = new Map<string, SenderSummary[]>();
    for (const tally of this.byAddress.values()) {
      const domain = tally.address === NO_ADDRESS ? NO_ADDRESS : tally.address.slice(tally.address.lastIndexOf('@') + 1);
      const list = byDomain.get(domain) ?? [];
      const ticked = tally.address === NO_ADDRESS ? null : whyTicked(tally.address, children);
      list.push({ address: tally.address, name: mostUsed(tally.names), count: tally.count, first: tally.first, last: tally.last, ticked });
      byDomain.set(domain, list);
    }
    const groups: SenderGroup[] = [];
    for (const [domain, addresses] of byDomain) {
      addresses.sort((a, b) => b.count - a.count || a.address.localeCompare(b.address));
      groups.push({
        domain,
        addresses,
        count: addresses.reduce((n, a) => n + a.count, 0),
        first: earliest(addresses.map((a) => a.first)),
        last: latest(addresses.map((a) => a.last)),
        ticked: addresses.find((a) => a.ticked !== null)?.ticked ?? null,
      });
    }
    return groups.sort((a, b) => Number(b.ticked !== null) - Number(a.ticked !== null) || b.count - a.count || a.domain.localeCompare(b.domain));
  }
}

function mostUsed(names: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [name, n] of names) if (n > most) [best, most] = [name, n];
  return best;
}

/** The earliest of these ISO 8601 times as an instant (offsets differ, so not as text), or null. */
export function earliest(values: readonly (string | null)[]): string | null {
  return values.reduce<string | null>((a, b) => (b && (!a || Date.parse(b) < Date.parse(a)) ? b : a), null);
}

/** The latest of these ISO 8601 times as an instant, or null. */
export function latest(values: readonly (string | null)[]): string | null {
  return values.reduce<string | null>((a, b) => (b && (!a || Date.parse(b) > Date.parse(a)) ? b : a), null);
}
