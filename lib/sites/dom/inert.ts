// A copy made with cloneNode() or Range.cloneContents() belongs to the live page, and the browser
// starts fetching every image in it at once: tracking pixels included. Copies made here belong to
// a document with no browsing context, where nothing loads or runs.

function inertDocument(like: Document): Document {
  return like.implementation.createHTMLDocument('');
}

/** A deep copy of `el` that nothing in the page can see and that loads nothing. */
export function inertCopy(el: Element): Element {
  const inert = inertDocument(el.ownerDocument);
  const copy = inert.importNode(el, true);
  inert.body.appendChild(copy);
  return copy;
}

function pathFrom(ancestor: Node, node: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n && n !== ancestor; n = n.parentNode) {
    if (!n.parentNode) return [];
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  }
  return path;
}

function follow(root: Node, path: number[]): Node {
  return path.reduce<Node>((n, i) => n.childNodes[i] ?? n, root);
}

/** The contents of a live range, rebuilt inside an inert document. */
export function inertRangeContents(range: Range): DocumentFragment {
  const ancestor = range.commonAncestorContainer;
  const inert = inertDocument(ancestor.ownerDocument ?? (ancestor as Document));
  const copy = inert.importNode(ancestor, true);
  inert.body.appendChild(copy);
  const inertRange = inert.createRange();
  inertRange.setStart(follow(copy, pathFrom(ancestor, range.startContainer)), range.startOffset);
  inertRange.setEnd(follow(copy, pathFrom(ancestor, range.endContainer)), range.endOffset);
  return inertRange.cloneContents();
}
