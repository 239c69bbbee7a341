// Makes a regular-expression source match ASCII letters in either case, except inside character
// classes. Patterns are then compiled without the 'i' flag, so a class such as [A-Z] keeps meaning
// "a capital letter" (a name), which the 'i' flag would quietly turn into "any letter".

/** "will [A-Z]" → "[wW][iI][lL][lL] [A-Z]". Escapes (\b, \s…) and classes are left as written. */
export function ignoreAsciiCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += /[a-z]/i.test(c) && lower !== upper ? `[${lower}${upper}]` : c;
  }
  return out;
}
