// Which mark is under the pointer. Highlights are not elements, so there is nothing to hover: on
// mousemove (at most once a frame) the caret position under the pointer says which text it is over,
// Range.comparePoint which marks hold that point, and the marks' boxes whether the pointer is
// really on them (the caret snaps to the nearest text even in a margin).
import type { DrawnMark } from './paint';

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p?.offsetNode ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // a point outside the page
  }
  return null;
}

function under(range: Range, x: number, y: number): boolean {
  if (typeof range.getClientRects !== 'function') return false; // no layout, no way to tell
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The innermost (shortest) mark at the point, or null. */
export function markAtPoint(doc: Document, marks: Iterable<DrawnMark>, x: number, y: number): DrawnMark | null {
  const caret = caretAt(doc, x, y);
  let best: DrawnMark | null = null;
  for (const m of marks) {
    if (caret) {
      try {
        if (m.range.comparePoint(caret.node, caret.offset) !== 0) continue;
      } catch {
        continue;
      }
    }
    if (!under(m.range, x, y)) continue;
    if (!best || m.finding.end - m.finding.start < best.finding.end - best.finding.start) best = m;
  }
  return best;
}

export interface HoverOptions {
  /** The mark at the pointer (event target for wrapped marks, else the point). */
  find(x: number, y: number, target: EventTarget | null): DrawnMark | null;
  /** The pointer is over our own card or pill. */
  isOwn(target: EventTarget | null): boolean;
  /** Called when what is under the pointer changes: a mark, our own UI, or nothing. */
  change(under: DrawnMark | 'own' | null): void;
}

/** Follows the pointer; returns a function that stops following it. */
export function followPointer(doc: Document, win: Window, options: HoverOptions): () => void {
  let frame = 0;
  let last: MouseEvent | null = null;
  let current: DrawnMark | 'own' | null = null;
  const raf = win.requestAnimationFrame?.bind(win) ?? ((cb: FrameRequestCallback) => win.setTimeout(() => cb(0), 16));
  const cancel = win.cancelAnimationFrame?.bind(win) ?? ((id: number) => win.clearTimeout(id));

  const look = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    const now = options.isOwn(e.target) ? 'own' : options.find(e.clientX, e.clientY, e.target);
    if (now !== current) {
      current = now;
      options.change(now);
    }
  };
  const onMove = (e: MouseEvent) => {
    last = e;
    if (!frame) frame = raf(look);
  };
  doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
  return () => {
    doc.removeEventListener('mousemove', onMove, { capture: true });
    if (frame) cancel(frame);
  };
}
