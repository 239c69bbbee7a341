// The wire formats a Gmail Takeout mbox is made of: quoted-printable, base64 wrapped at 76,
// RFC 2047 encoded words, RFC 2822 and mbox From-line dates, and the mboxo escape of body lines
// that begin "From ". Every function returns a "byte string": one char per byte (latin1), which is
// how the generator writes everything, so ISO-8859-1 bodies come out as their real bytes.

export const CRLF = '\r\n';

const HEX = '0123456789ABCDEF';

/**
 * Quoted-printable (RFC 2045) of text as UTF-8 (or latin1 when `charset` is 'latin1'), lines
 * separated by CRLF, soft breaks before 76 characters, trailing spaces encoded.
 */
export function quotedPrintable(text: string, charset: 'utf8' | 'latin1' = 'utf8'): string {
  const lines = text.replace(/\r\n|\r/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, charset);
    let current = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      const piece = literal ? String.fromCharCode(b) : `=${HEX[b >> 4]}${HEX[b & 15]}`;
      if (current.length + piece.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += piece;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

/** Base64 of the bytes, in lines of 76 characters joined by CRLF (as mail clients write it). */
export function base64Lines(bytes: Uint8Array | string): string {
  const b64 = (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

/** A header value as an RFC 2047 encoded word when it is not plain ASCII (Gmail uses UTF-8 Q or B). */
export function encodedWord(text: string, style: 'Q' | 'B' = 'Q'): string {
   
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  if (style === 'B') return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
  let q = '';
  for (const b of Buffer.from(text, 'utf8')) {
    if (b === 32) q += '_';
    else if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)) q += String.fromCharCode(b);
    else q += `=${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return `=?UTF-8?Q?${q}?=`;
}

/** mboxo, as Takeout writes it: a body line that begins "From " gets a ">" so it is not a separator. */
export function escapeFromLines(text: string): string {
  return text.replace(/(^|\n)From /g, '$1>From ');
}

/** Plain text wrapped at `width`, paragraphs (split on blank lines) kept apart; lines end in "\n" until encoded. */
export function wrap(text: string, width = 72): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => {
          const words = line.split(' ');
          const lines: string[] = [];
          let current = '';
          for (const word of words) {
            if (current && current.length + 1 + word.length > width) {
              lines.push(current);
              current = word;
            } else current = current ? `${current} ${word}` : word;
          }
          lines.push(current);
          return lines.join('\n');
        })
        .join('\n'),
    )
    .join('\n\n');
}

// ------------------------------------------------------------------ dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The last Sunday of a month at 01:00 UTC: when UK clocks change. */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** Minutes ahead of UTC in the UK at that moment: 60 in British Summer Time, else 0. */
export function ukOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9) ? 60 : 0;
}

/** RFC 2822 date as UK senders write it: "Mon, 2 Mar 2026 10:15:00 +0000" (or +0100 in summer). */
export function rfc2822(ms: number, offsetMinutes = ukOffsetMinutes(ms)): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return (
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.floor(off / 60))}${pad(off % 60)}`
  );
}

/** The date of a Takeout From line, always UTC: "Mon Mar 02 10:15:00 +0000 2026". */
export function fromLineDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`
  );
}

/** "2 Mar 2026 at 10:15" as Gmail writes it in a reply's attribution line. */
export function attributionDate(ms: number): string {
  const d = new Date(ms + ukOffsetMinutes(ms) * 60_000);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
