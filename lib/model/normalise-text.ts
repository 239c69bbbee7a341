// Two captures of the same email differ in spacing (webmail re-renders, an .eml has CRLF), so the
// duplicate key is taken over text with every run of white space folded to one space.
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
