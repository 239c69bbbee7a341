// Which of a fixed list of keywords a text holds, found in one scan: the cheap test that lets a
// detector skip patterns that cannot match. A pattern whose every match holds one of a few words
// cannot match a text holding none of them, so skipping it there never changes a result.

export interface KeywordScanner {
  /** The number of each keyword (its index in the list given). */
  readonly ids: ReadonlyMap<string, number>;
  /**
   * found[id] is 1 when the text holds keyword id, in any case of ASCII letters. The array is the
   * scanner's own, overwritten by its next scan: read it before scanning again.
   */
  scan(text: string): Uint8Array;
}

const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Case-insensitive Unicode patterns read "ſ" (long s) as "s" and the Kelvin sign as "k"; a plain
// case-insensitive scan does not, so a text holding either is folded first.
const UNICODE_FOLDS = /[ſ\u212A]/;

/** A scanner for `keywords` (lower case, plain text): what it finds is never less than what a case-insensitive pattern can see. */
export function keywordScanner(keywords: readonly string[]): KeywordScanner {
  const list = [...new Set(keywords)];
  const ids = new Map(list.map((k, id) => [k, id]));
  // For each keyword, the numbers of the keywords it starts with (itself included).
  const prefixes = new Map(list.map((k) => [k, list.flatMap((p, id) => (k.startsWith(p) ? [id] : []))]));
  // Longest first: where several keywords start at one place, the one found holds the others.
  const pattern = new RegExp([...list].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gi');
  const found = new Uint8Array(list.length);
  return {
    ids,
    scan(text) {
      found.fill(0);
      const folded = UNICODE_FOLDS.test(text) ? text.toLowerCase().replace(/ſ/g, 's') : text;
      // Restarting one character after each find, so overlapping keywords are all seen.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        for (const id of prefixes.get(m[0].toLowerCase())!) found[id] = 1;
        pattern.lastIndex = m.index + 1;
      }
      return found;
    },
  };
}

/** Ids for groups of keywords (each group: any of its words), for `holdsAll`. */
export function keywordGroups(scanner: KeywordScanner, groups: readonly (readonly string[])[]): number[][] {
  return groups.map((g) =>
    g.map((k) => {
      const id = scanner.ids.get(k);
      if (id === undefined) throw new Error(`keyword "${k}" is not in the scanner`);
      return id;
    }),
  );
}

/** True when `found` holds a keyword of every group (no groups: always true). */
export function holdsAll(found: Uint8Array, groups: readonly (readonly number[])[]): boolean {
  for (const g of groups) {
    let any = false;
    for (const id of g) {
      if (found[id]) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
