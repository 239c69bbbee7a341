// A file's name as the import shows and sorts it: the last part of a path ("takeout.zip ›
// Letters/EHCP draft.pdf" is how a file inside a zip is shown; a zip entry's own name has folders),
// and the extension that says what kind of file it is.

/** The last part of a file's path: "takeout.zip › Letters/EHCP draft.pdf" → "EHCP draft.pdf". */
export function baseName(file: string): string {
  const parts = file.split(/\s›\s|[/\\]/);
  return (parts[parts.length - 1] ?? file).trim();
}

/** The extension of a file's name, lower-case with its dot (".pdf"); '' when it has none (".profile" has none). */
export function extensionOf(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
