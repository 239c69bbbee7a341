// File names inside a zip. Names flagged UTF-8 (bit 11) are UTF-8; the rest are officially IBM
// code page 437, though macOS and many tools write UTF-8 without the flag, so UTF-8 is tried first.
// Info-ZIP's Unicode Path extra field (0x7075), when present, carries the UTF-8 name outright.

/** Code page 437's characters for bytes 0x80–0xFF (0x00–0x7F are ASCII). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');

function cp437(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]!;
  return out;
}

/** An entry's name from its raw bytes. */
export function entryName(raw: Uint8Array, flaggedUtf8: boolean, unicodePath: Uint8Array | null): string {
  if (unicodePath) return utf8.decode(unicodePath);
  if (flaggedUtf8) return utf8.decode(raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    return cp437(raw);
  }
}
