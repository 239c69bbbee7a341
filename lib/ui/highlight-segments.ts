// Turns a message's text and the findings in it into pieces to draw: each stretch of text with the
// findings that cover it, then (for the side panel) marks nested inside marks. Pure: unit-tested.

/** Anything with an id and a stretch [start, end) of the text. */
export interface Highlightable {
  id: string;
  start: number;
  end: number;
}

/** A stretch [start, end) of the text and the findings covering all of it, outermost first. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  ids: string[];
}

/**
 * Splits `text` into non-overlapping segments, in order, that together cover it exactly. Each
 * segment carries the ids of every finding covering it: the longer (outer) first, so the last id is
 * the innermost. Findings out of range are clipped; empty ones are ignored.
 */
export function highlightSegments(text: string, findings: readonly Highlightable[]): Segment[] {
  const length = text.length;
  const spans = findings
    .map((f) => ({ id: f.id, start: clamp(Math.floor(f.start), length), end: clamp(Math.ceil(f.end), length) }))
    .filter((f) => f.end > f.start && !Number.isNaN(f.start) && !Number.isNaN(f.end))
    // Outer first: earlier start, then the longer; then by id so the order never depends on input order.
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const ids = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const last = segments[segments.length - 1];
    if (last && last.end === start && sameIds(last.ids, ids)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), ids });
    }
  }
  return segments;
}

/** What to draw: plain text, or a mark for one finding holding more pieces. */
export type HighlightNode =
  | { type: 'text'; start: number; text: string }
  | {
      type: 'mark';
      findingId: string;
      start: number;
      /** The first (usually only) piece of this finding's words: the one to scroll to and focus. */
      first: boolean;
      /** False when a crossing finding had to be cut here; its words go on in a later piece. */
      complete: boolean;
      children: HighlightNode[];
    };

/**
 * Nests the segments into marks: a finding inside another (a date inside a promise) becomes a
 * mark inside its mark. Findings that cross are cut where the outer one ends; each finding's first
 * piece is flagged, so every finding has exactly one place to point at.
 */
export function nestSegments(segments: readonly Segment[]): HighlightNode[] {
  const drawn = new Set<string>();
  const lastIndex = new Map<string, number>();
  segments.forEach((segment, i) => segment.ids.forEach((id) => lastIndex.set(id, i)));

  const build = (from: number, to: number, open: ReadonlySet<string>): HighlightNode[] => {
    const nodes: HighlightNode[] = [];
    let i = from;
    while (i < to) {
      const segment = segments[i]!;
      const candidates = segment.ids.filter((id) => !open.has(id));
      if (candidates.length === 0) {
        const previous = nodes[nodes.length - 1];
        if (previous?.type === 'text') previous.text += segment.text;
        else nodes.push({ type: 'text', start: segment.start, text: segment.text });
        i++;
        continue;
      }
      // The finding running furthest from here (within the parent) opens first and holds the rest.
      let best = candidates[0]!;
      let bestEnd = runEnd(best, i, to);
      for (const id of candidates.slice(1)) {
        const end = runEnd(id, i, to);
        if (end > bestEnd) {
          best = id;
          bestEnd = end;
        }
      }
      const first = !drawn.has(best);
      drawn.add(best);
      nodes.push({
        type: 'mark',
        findingId: best,
        start: segment.start,
        first,
        complete: first && lastIndex.get(best) === bestEnd - 1,
        children: build(i, bestEnd, new Set([...open, best])),
      });
      i = bestEnd;
    }
    return nodes;
  };

  const runEnd = (id: string, from: number, to: number): number => {
    let end = from;
    while (end < to && segments[end]!.ids.includes(id)) end++;
    return end;
  };

  return build(0, segments.length, new Set());
}

/** The words of a node, as shown. */
export function nodeText(node: HighlightNode): string {
  return node.type === 'text' ? node.text : node.children.map(nodeText).join('');
}

function clamp(n: number, length: number): number {
  return Math.min(Math.max(n, 0), length);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The finding's stretch of `text`, checked against its words: when the offsets no longer fit (the
 * text was changed since it was read), the nearest place the same words occur; null when nowhere.
 */
export function alignFinding<T extends Highlightable & { text?: string }>(text: string, finding: T): T | null {
  const words = finding.text;
  if (words === undefined || words === '') return finding;
  if (text.slice(finding.start, finding.end) === words) return finding;
  let best = -1;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (best < 0 || Math.abs(at - finding.start) < Math.abs(best - finding.start)) best = at;
  }
  return best < 0 ? null : { ...finding, start: best, end: best + words.length };
}
