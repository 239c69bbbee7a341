import { describe, expect, it, vi } from 'vitest';
import { markAtPoint, markBoxes } from '../../../../lib/highlight/content/hover';
import { createPainter, type DrawnMark } from '../../../../lib/highlight/content/paint';
import { buildTextMap } from '../../../../lib/highlight/content/text-map';
import { findingsFor, withHighlightApi } from './fakes';
import { page } from './page';

/** Lays out each mark's range as one box, and puts the caret where a box says. */
function layOut(doc: Document, marks: DrawnMark[], boxes: Array<[number, number, number, number]>) {
  marks.forEach((m, i) => {
    const [left, top, right, bottom] = boxes[i]!;
    Object.assign(m.range, { getClientRects: () => [{ left, top, right, bottom }] });
  });
  Object.assign(doc, {
    caretPositionFromPoint: (x: number, y: number) => {
      // The text under the point: inside the smallest box holding it.
      const holding = marks
        .map((m, i) => ({ m, box: boxes[i]! }))
        .filter(({ box: [left, top, right, bottom] }) => x >= left && x <= right && y >= top && y <= bottom)
        .sort((a, b) => a.box[2] - a.box[0] - (b.box[2] - b.box[0]));
      const at = holding[0]?.m;
      if (at) return { offsetNode: at.range.startContainer, offset: at.range.startOffset + 1 };
      // The caret snaps to the nearest text, even from a margin.
      return { offsetNode: marks[0]!.range.startContainer, offset: marks[0]!.range.startOffset };
    },
  });
}

describe('which highlight is under the pointer', () => {
  it('finds the mark whose text and box hold the point, the innermost first', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p>I will send the plan by Friday and we will wait and see.</p></body>');
    withHighlightApi(win);
    const painter = createPainter(doc, win);
    const map = buildTextMap(doc.body);
    const marks = painter.draw(map, 'k', findingsFor(map.text, { 'I will send the plan by Friday': 'commitment', 'by Friday': 'date', 'wait and see': 'vague' }));
    expect(marks.map((m) => m.finding.kind)).toEqual(['commitment', 'date', 'vague']);
    layOut(doc, marks, [[0, 0, 200, 20], [150, 0, 200, 20], [300, 0, 380, 20]]);
    expect(markAtPoint(doc, marks, 10, 10)?.finding.kind).toBe('commitment');
    expect(markAtPoint(doc, marks, 160, 10)?.finding.kind).toBe('date');
    expect(markAtPoint(doc, marks, 310, 10)?.finding.kind).toBe('vague');
    // In the margin the caret snaps to text, but no box is under the pointer.
    expect(markAtPoint(doc, marks, 500, 300)).toBeNull();
  });
});

describe('the pointer away from every mark', () => {
  it('is answered from the marks’ kept boxes, without asking the page for the caret', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p>I will send the plan by Friday and we will wait and see.</p></body>');
    withHighlightApi(win);
    const painter = createPainter(doc, win);
    const map = buildTextMap(doc.body);
    const marks = painter.draw(map, 'k', findingsFor(map.text, { 'by Friday': 'date', 'wait and see': 'vague' }));
    layOut(doc, marks, [[150, 0, 200, 20], [300, 0, 380, 20]]);
    const caret = vi.spyOn(doc as Document & { caretPositionFromPoint(x: number, y: number): unknown }, 'caretPositionFromPoint');
    const rects = marks.map((m) => vi.spyOn(m.range, 'getClientRects'));
    const boxes = markBoxes(() => marks);
    // Over the page, not a mark: no caret lookup at all, and the boxes are read once.
    for (let x = 0; x < 100; x += 10) expect(markAtPoint(doc, marks, x, 10, boxes)).toBeNull();
    expect(caret).not.toHaveBeenCalled();
    expect(rects.map((r) => r.mock.calls.length)).toEqual([1, 1]);
    // Over a mark: the caret says which.
    expect(markAtPoint(doc, marks, 160, 10, boxes)?.finding.kind).toBe('date');
    expect(caret).toHaveBeenCalledTimes(1);
    // The page scrolled: the marks moved, and the boxes are read again once told.
    layOut(doc, marks, [[150, 100, 200, 120], [300, 100, 380, 120]]);
    expect(markAtPoint(doc, marks, 160, 110, boxes)).toBeNull();
    boxes.stale();
    expect(markAtPoint(doc, marks, 160, 110, boxes)?.finding.kind).toBe('date');
  });
});
