/** The sentence (or line) holding text[start, end): what a finding's link suggestions read. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stops = /[.!?\n]/;
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !stops.test(text[from - 1]!)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !stops.test(text[to]!)) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}
