// Draws the marks. With the CSS Custom Highlight API (one Highlight per kind, styled by
// ::highlight() rules in a constructed stylesheet) nothing in the page's DOM changes at all. Where
// that API is missing, each stretch of text is wrapped in <mark data-on-record="kind">: text nodes
// are split where a mark starts or ends, and on removal the pieces are joined back into the very
// node they came from, so the page's text (and the nodes holding it) read as before. The pieces are
// joined only when the page left them as they were (each piece's text as split, side by side):
// when the page has since changed that text, its new text stays as the page made it, and only our
// <mark> wrappers go.
import { FINDING_KINDS, KIND_TABLE, highlightName, type FindingKind } from '@/lib/findings/kinds';
import { highlightCss, markStyle } from '@/lib/findings/look';
import type { PageFinding } from '@/lib/protocol/highlighter';
import { addStyles } from '@/lib/highlight/content/sheet';
import type { TextMap } from '@/lib/highlight/content/text-map';

export interface DrawnMark {
  id: number;
  /** The message (PageTextItem key) it belongs to. */
  key: string;
  finding: PageFinding;
  /** Live range over the marked words. */
  range: Range;
  /** The <mark> elements, when drawn by wrapping. */
  elements: HTMLElement[];
}

export interface Painter {
  mode: 'highlights' | 'wrap';
  /** Draws a message's findings; returns the marks drawn (findings that no longer fit are left out). */
  draw(map: TextMap, key: string, findings: readonly PageFinding[]): DrawnMark[];
  remove(marks: readonly DrawnMark[]): void;
  /** Removes every mark and the styles. */
  clear(): void;
  /** The wrapped mark an element is (or is inside), when drawn by wrapping. */
  markAt(el: Element | null): DrawnMark | null;
}

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  priority: number;
}
interface HighlightApi {
  registry: { set(name: string, h: HighlightLike): unknown; get(name: string): unknown; delete(name: string): boolean };
  Highlight: new () => HighlightLike;
}

function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] };
  const registry = w.CSS?.highlights;
  if (!registry || typeof registry.set !== 'function' || typeof w.Highlight !== 'function') return null;
  // A content script's sandbox may see the API and still be refused it: try it once.
  try {
    const probe = 'on-record-probe';
    registry.set(probe, new w.Highlight());
    registry.delete(probe);
  } catch {
    return null;
  }
  return { registry, Highlight: w.Highlight };
}

let nextId = 1;

/** The finding's words as the map's text has them, or false when the text no longer matches. */
function fits(map: TextMap, f: PageFinding): boolean {
  if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= map.text.length)) return false;
  return map.text.slice(f.start, f.end) === f.text;
}

export function createPainter(doc: Document, win: Window, options: { wrap?: boolean } = {}): Painter {
  const api = options.wrap ? null : highlightApi(win);
  return api ? highlightPainter(doc, win, api) : wrapPainter(doc, win);
}

function highlightPainter(doc: Document, win: Window, api: HighlightApi): Painter {
  let highlights: Map<FindingKind, HighlightLike> | null = null;
  let removeStyles: (() => void) | null = null;
  const drawn = new Set<DrawnMark>();

  const setUp = () => {
    if (highlights) return highlights;
    highlights = new Map();
    for (const kind of FINDING_KINDS) {
      const h = new api.Highlight();
      h.priority = KIND_TABLE[kind].priority;
      api.registry.set(highlightName(kind), h);
      highlights.set(kind, h);
    }
    removeStyles = addStyles(doc, win, highlightCss());
    return highlights;
  };

  return {
    mode: 'highlights',
    draw(map, key, findings) {
      const hs = setUp();
      const out: DrawnMark[] = [];
      for (const finding of findings) {
        if (!fits(map, finding)) continue;
        const range = map.range(finding.start, finding.end);
        const h = hs.get(finding.kind);
        if (!range || !h) continue;
        h.add(range);
        const mark = { id: nextId++, key, finding, range, elements: [] };
        drawn.add(mark);
        out.push(mark);
      }
      return out;
    },
    remove(marks) {
      for (const m of marks) {
        highlights?.get(m.finding.kind)?.delete(m.range);
        drawn.delete(m);
      }
    },
    clear() {
      drawn.clear();
      if (highlights) {
        for (const [kind, h] of highlights) {
          const name = highlightName(kind);
          if (api.registry.get(name) === h) api.registry.delete(name);
        }
      }
      highlights = null;
      removeStyles?.();
      removeStyles = null;
    },
    markAt: () => null,
  };
}

function wrapPainter(doc: Document, win: Window): Painter {
  const byElement = new WeakMap<Element, DrawnMark>();
  /**
   * One page text node split into pieces ([0] is the node itself), with each piece's text just after
   * splitting: joined back only when every piece still has it.
   */
  interface Split { pieces: Text[]; data: string[] }
  /** The nodes split for one draw: joined back once all its marks are gone. */
  interface Batch { splits: Split[]; live: number }
  const batchOf = new WeakMap<DrawnMark, Batch>();
  const drawn = new Set<DrawnMark>();
  const dark = () => {
    try {
      return win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
    } catch {
      return false;
    }
  };

  const unwrap = (marks: readonly DrawnMark[]) => {
    const splits: Split[] = [];
    for (const m of marks) {
      if (!drawn.has(m)) continue;
      for (const el of m.elements) {
        const parent = el.parentNode;
        if (parent) {
          while (el.firstChild) parent.insertBefore(el.firstChild, el);
          el.remove();
        }
      }
      drawn.delete(m);
      const batch = batchOf.get(m);
      if (batch && --batch.live === 0) splits.push(...batch.splits);
    }
    splits.forEach(joinBack);
  };

  return {
    mode: 'wrap',
    draw(map, key, findings) {
      const scheme = dark();
      // Where each finding lies, read before any node is split.
      const planned = findings
        .filter((f) => fits(map, f))
        .map((finding) => ({ finding, pieces: map.pieces(finding.start, finding.end) }))
        .filter((p) => p.pieces.length > 0 && p.pieces.every((x) => x.end <= x.node.data.length && x.node.isConnected));
      // Split every node at every cut point once; remember which node now starts at which offset.
      const cuts = new Map<Text, Set<number>>();
      for (const p of planned) {
        for (const x of p.pieces) {
          const set = cuts.get(x.node) ?? new Set<number>();
          set.add(x.start);
          set.add(x.end);
          cuts.set(x.node, set);
        }
      }
      const splits: Split[] = [];
      const parts = new Map<Text, Array<{ at: number; node: Text }>>();
      for (const [node, set] of cuts) {
        const list = [...set].filter((c) => c > 0 && c < node.data.length).sort((a, b) => b - a);
        const found: Array<{ at: number; node: Text }> = [];
        for (const c of list) found.unshift({ at: c, node: node.splitText(c) });
        found.unshift({ at: 0, node });
        parts.set(node, found);
        if (found.length > 1) splits.push({ pieces: found.map((f) => f.node), data: found.map((f) => f.node.data) });
      }
      // Longest first, so a shorter mark inside a longer one is the innermost element.
      planned.sort((a, b) => b.finding.end - b.finding.start - (a.finding.end - a.finding.start));
      const out: DrawnMark[] = [];
      const batch: Batch = { splits, live: 0 };
      for (const { finding, pieces } of planned) {
        const elements: HTMLElement[] = [];
        for (const x of pieces) {
          for (const part of parts.get(x.node) ?? []) {
            if (part.at < x.start || part.at >= x.end || !part.node.parentNode) continue;
            const el = doc.createElement('mark');
            el.setAttribute('data-on-record', finding.kind);
            el.style.cssText = markStyle(finding.kind, scheme);
            part.node.parentNode.insertBefore(el, part.node);
            el.appendChild(part.node);
            elements.push(el);
          }
        }
        const first = elements[0];
        const last = elements[elements.length - 1];
        if (!first || !last) continue;
        const range = doc.createRange();
        range.setStartBefore(first);
        range.setEndAfter(last);
        const mark: DrawnMark = { id: nextId++, key, finding, range, elements };
        for (const el of elements) byElement.set(el, mark);
        batchOf.set(mark, batch);
        batch.live++;
        drawn.add(mark);
        out.push(mark);
      }
      if (batch.live === 0) splits.forEach(joinBack);
      return out.sort((a, b) => a.finding.start - b.finding.start);
    },
    remove: unwrap,
    clear() {
      unwrap([...drawn]);
    },
    markAt(el) {
      const m = el?.closest?.('mark[data-on-record]');
      return m ? (byElement.get(m) ?? null) : null;
    },
  };
}

/**
 * Joins the pieces of a split text node back into the first (the node it was split from), when
 * the page left them as they were: each piece's text as split, and each right after the one before.
 */
function joinBack({ pieces, data }: { pieces: Text[]; data: string[] }): void {
  const [head, ...rest] = pieces;
  if (!head?.parentNode) return;
  for (let i = 0; i < pieces.length; i++) {
    const t = pieces[i]!;
    if (t.data !== data[i] || t.parentNode !== head.parentNode) return;
    if (i > 0 && t.previousSibling !== pieces[i - 1]) return;
  }
  head.appendData(rest.map((t) => t.data).join(''));
  for (const t of rest) t.remove();
}
