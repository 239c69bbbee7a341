// Small lookups every adapter needs. Selector lists are ordered by trust: ARIA roles, ids and
// data-* attributes first, generated class names last.

/** The first element matching the earliest selector in the list that `accept`s it. */
export function firstMatch(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) if (accept(el)) return el;
  }
  return null;
}

/** Text on one line, white space (non-breaking spaces included) folded. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
