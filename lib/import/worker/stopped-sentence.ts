// What the parent reads when the worker stops part-way, whether it says so itself (an error it
// caught) or the page sees it end (a crash): what happened, and what was kept.

/** `saved` is how many were saved before the stop during an import, or null while reading the files. */
export function stoppedSentence(why: string, saved: number | null): string {
  if (saved === null) return `On Record could not read these files (${why}). Nothing was saved.`;
  const kept = saved === 1 ? '1 email or letter was saved before it stopped and is' : `${saved.toLocaleString('en-GB')} emails and letters were saved before it stopped and are`;
  return `On Record stopped the import (${why}). ${kept} kept whole; import the same files again to bring in the rest: nothing is saved twice.`;
}
