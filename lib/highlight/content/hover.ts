// Which mark is under the pointer. Highlights are not elements, so there is nothing to hover: on
// mousemove (at most once a frame) the caret position under the pointer says which text it is over,
// Range.comparePoint which marks hold that point, and the marks' boxes whether the pointer is
// really on them (the caret snaps to the nearest text even in a margin).
//
// Asking for the caret position lays the page out and hit-tests it: too dear for every frame the
// pointer moves over a webmail. So the marks' boxes are kept (read again after a scroll, a resize,
// a change in the page or in the marks) and the caret is asked for only when the pointer is inside
// one of them.
import type { DrawnMark } from '@/lib/highlight/content/paint';

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

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of every mark, read once and kept until told they are stale. */
export interface MarkBoxes {
  /** True when the point is inside a box of some mark. */
  over(x: number, y: number): boolean;
  /** The page scrolled, resized or changed, or marks came or went: read the boxes again when next needed. */
  stale(): void;
}

export function markBoxes(marks: () => Iterable<DrawnMark>): MarkBoxes {
  let boxes: Box[] | null = null;
  const read = (): Box[] => {
    const out: Box[] = [];
    for (const m of marks()) {
      if (typeof m.range.getClientRects !== 'function') continue; // no layout: nothing is under the pointer
      for (const r of Array.from(m.range.getClientRects())) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    return out;
  };
  return {
    over(x, y) {
      boxes ??= read();
      return boxes.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    },
    stale() {
      boxes = null;
    },
  };
}

/**
 * The innermost (shortest) mark at the point, or null. With `boxes`, a point outside every mark's
 * box is answered at once, without asking the page for the caret there.
 */
export function markAtPoint(doc: Document, marks: Iterable<DrawnMark>, x: number, y: number, boxes?: MarkBoxes): DrawnMark | null {
  if (boxes && !boxes.over(x, y)) return null;
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
  /** True for a move the parent made; made-up mousemoves (page scripts) are ignored. */
  trusted?(e: Event): boolean;
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
    if (!(options.trusted ? options.trusted(e) : e.isTrusted)) return;
    last = e;
    if (!frame) frame = raf(look);
  };
  doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
  return () => {
    doc.removeEventListener('mousemove', onMove, { capture: true });
    if (frame) cancel(frame);
  };
}
