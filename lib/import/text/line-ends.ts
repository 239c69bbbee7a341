// Line ends as "\n", whatever the text was written on: Windows ("\r\n") and old Mac ("\r") line
// ends would otherwise count as characters in the saved text and in what the analysis reads.

/** The text with every "\r\n" and lone "\r" made "\n". */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
