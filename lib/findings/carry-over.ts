// When the rules change, a finding's words can move ("will then review" where there was "review"),
// and with them its id, which is where a parent's marks and plan links are kept. This decides where
// each one goes: to the new finding of the same kind in the same record whose words overlap the old
// words most. Pure: the database part is lib/db/repositories/carry-over.ts. Nothing here knows which
// rules changed, so every future change of the rules gets the same carry-over.
import type { FindingSpan } from '@/lib/findings/finding-id';

export type { FindingSpan };

/** Characters two spans share: [start, end) against [start, end). */
export function overlapOf(a: Pick<FindingSpan, 'start' | 'end'>, b: Pick<FindingSpan, 'start' | 'end'>): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

interface Candidate {
  from: FindingSpan;
  to: FindingSpan;
  overlap: number;
  distance: number;
}

/** Most shared characters first; then the nearest start; then the earlier words, so the answer never depends on order. */
function better(a: Candidate, b: Candidate): number {
  return b.overlap - a.overlap || a.distance - b.distance || a.to.start - b.to.start || a.to.end - b.to.end || (a.to.id < b.to.id ? -1 : a.to.id > b.to.id ? 1 : 0);
}

/** The new finding a gone one's words went to, with how well it fits; null when none overlaps. */
function bestMatch(from: FindingSpan, next: readonly FindingSpan[]): Candidate | null {
  let best: Candidate | null = null;
  for (const to of next) {
    if (to.kind !== from.kind || to.recordId !== from.recordId) continue;
    const overlap = overlapOf(from, to);
    if (overlap === 0) continue;
    const candidate = { from, to, overlap, distance: Math.abs(to.start - from.start) };
    if (!best || better(candidate, best) < 0) best = candidate;
  }
  return best;
}

/**
 * Where the parent's entries on findings that are gone should go: old id -> new id. Findings whose
 * id is still found keep their entries where they are and are not in the answer.
 *
 * `entries` (finding id -> the collections holding something the parent entered on it, such as
 * 'marks' and 'links') makes the answer safe to apply: only gone findings with entries move, each
 * as a whole, and never onto a finding that already holds an entry in the same collection (one
 * mark, one link per finding). Where two gone findings want the same new one, the closer fit wins.
 * A gone finding with entries that is not in the answer keeps them on its old id.
 */
export function carryOver(
  old: readonly FindingSpan[],
  next: readonly FindingSpan[],
  entries?: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string> {
  const found = new Set(next.map((f) => f.id));
  const seen = new Set<string>();
  const wanted: Candidate[] = [];
  for (const from of old) {
    if (found.has(from.id) || seen.has(from.id)) continue;
    seen.add(from.id);
    if (entries && !entries.get(from.id)?.size) continue;
    const match = bestMatch(from, next);
    if (match) wanted.push(match);
  }
  const moves = new Map<string, string>();
  if (!entries) {
    for (const m of wanted) moves.set(m.from.id, m.to.id);
    return moves;
  }
  // What each new finding holds already: entries on an id the new rules still find stay there.
  const held = new Map<string, Set<string>>();
  for (const id of found) {
    const on = entries.get(id);
    if (on?.size) held.set(id, new Set(on));
  }
  wanted.sort((a, b) => better(a, b) || a.from.start - b.from.start || (a.from.id < b.from.id ? -1 : 1));
  for (const m of wanted) {
    const carried = entries.get(m.from.id)!;
    const there = held.get(m.to.id) ?? new Set<string>();
    if ([...carried].some((collection) => there.has(collection))) continue;
    for (const collection of carried) there.add(collection);
    held.set(m.to.id, there);
    moves.set(m.from.id, m.to.id);
  }
  return moves;
}
