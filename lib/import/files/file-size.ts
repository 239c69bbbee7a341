// Sizes as a parent reads them in a sentence ("larger than 50 MB"), never a count of bytes.

const KB = 1024;
const MB = 1024 * KB;

/** A size as a parent reads it: "50 MB", "200 KB". */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.max(1, Math.round(bytes / KB))} KB`;
}
