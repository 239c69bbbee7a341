// "Find a sender": narrows the long list of other senders as the parent types. A domain that
// matches keeps all its addresses; otherwise a group keeps only the addresses (or names) that match.
import type { SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';

export interface FilteredGroup {
  group: SenderGroup;
  /** The addresses to show: all of them, or those that match. */
  shown: readonly SenderSummary[];
}

/** Every group, with the addresses that match `query` (case and surrounding spaces ignored). */
export function filterGroups(groups: readonly SenderGroup[], query: string): FilteredGroup[] {
  const q = query.trim().toLowerCase();
  if (!q) return groups.map((group) => ({ group, shown: group.addresses }));
  const found: FilteredGroup[] = [];
  for (const group of groups) {
    if (group.domain.toLowerCase().includes(q)) {
      found.push({ group, shown: group.addresses });
      continue;
    }
    const shown = group.addresses.filter((s) => s.address.includes(q) || s.name.toLowerCase().includes(q));
    if (shown.length > 0) found.push({ group, shown });
  }
  return found;
}

/** How many sender addresses the groups hold. */
export function addressCount(groups: readonly SenderGroup[]): number {
  return groups.reduce((n, g) => n + g.addresses.length, 0);
}
