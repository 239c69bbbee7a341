// The mbox separator: a line starting "From " at the start of the file or after a line break
// (mboxo and mboxrd alike). A line in a message body that starts "From " should have been escaped
// as ">From " by the program that wrote the mailbox, but not every program does, so a separator
// must also look like one: "From <sender> <date>", as Gmail Takeout ("From 1789…@xxx Mon Mar 02
// 10:15:00 +0000 2026"), Thunderbird ("From - Mon Mar 02 10:15:00 2026") and Apple Mail write it.
// "From now on the group meets…" in a body is then no separator, escaped or not.

/** A separator line is short; a longer "From " line is body text. */
export const MAX_SEPARATOR_LINE_BYTES = 1000;

/** "From " then a sender token, and somewhere after it a time (10:15) and a four-digit year. */
const SEPARATOR = /^From \S+ .*\b\d{1,2}:\d{2}\b.*\b\d{4}\b/;

/** The bytes of one line (without its line break) as Latin-1 text: a separator is ASCII. */
function latin1(line: Uint8Array): string {
  let text = '';
  for (let i = 0; i < line.length; i++) text += String.fromCharCode(line[i]!);
  return text;
}

/** True when this line (starting "From ", without its line break) separates two messages. */
export function looksLikeSeparator(line: Uint8Array): boolean {
  return line.length <= MAX_SEPARATOR_LINE_BYTES && SEPARATOR.test(latin1(line));
}
