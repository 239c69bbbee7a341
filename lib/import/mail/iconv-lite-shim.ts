// Stands in for iconv-lite inside the extension's import worker (wxt.config.ts aliases it). The
// .msg reader (@kenjiuno/msgreader) requires iconv-lite only to decode old single-byte strings,
// and iconv-lite pulls in a Node Buffer polyfill (safer-buffer) that crashes a Web Worker at
// start. The browser's own TextDecoder knows every code page a .msg names. Node keeps iconv-lite.

/** iconv-lite's names ("cp1252", "utf16le", "latin1") as WHATWG encoding labels. */
function label(encoding: string): string {
  const e = encoding.trim().toLowerCase();
  const cp = /^(?:cp|windows-?)(\d{3,5})$/.exec(e);
  if (cp) return `windows-${cp[1]}`;
  if (e === 'utf16le' || e === 'ucs2' || e === 'ucs-2') return 'utf-16le';
  if (e === 'binary') return 'latin1';
  return e;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(label(encoding)).decode(bytes);
  } catch {
    // An unknown label: Western European is what an English school's Outlook writes.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function encode(): never {
  throw new Error('On Record reads .msg files; it never writes them.');
}

export default { decode, encode };
