// A list of words or phrases (letter-words.ts) as one regular-expression alternation, so the
// readers match the lists rather than spelling the words out again.

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "a|b|c" with each word escaped, longest first, so "date of letter" is tried before "date" and "sept" before "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}
