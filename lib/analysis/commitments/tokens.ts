// Words and punctuation with their offsets in the body. Commitment rules read a few words either side
// of a future marker, so tokenising is always done over a short, bounded window.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
}

// "1:1" and "3:15" stay one word: a colon between digits does not end a noun phrase ("his 1:1 time").
const TOKEN = /[A-Za-z0-9]+(?:['’&/-][A-Za-z0-9]+|:\d+)*(?:['’]s)?|[^\sA-Za-z0-9]/g;

const GLUED = /^([A-Za-z0-9'’&/-]*[a-z])(The|This|These|Those|Our|Your|Each|All|We|It|If|When|Any)$/;

/** Tokens of body[from, to). A title's full stop ("Mr.") is folded into the title. */
export function tokenize(body: string, from: number, to: number): Token[] {
  const text = body.slice(from, to);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = from + m.index;
    const c = raw.charCodeAt(0);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const prev = out[out.length - 1];
    if (raw === '.' && prev && prev.end === start && /^(?:mr|mrs|ms|mx|dr|prof)$/.test(prev.lower)) {
      prev.end = start + 1;
      prev.text += '.';
      continue;
    }
    // "…Inclusion Manager/SENCoThe meeting will…": a line break lost in pasting glues two words.
    const glued = GLUED.exec(raw);
    if (glued) {
      const a = glued[1]!;
      out.push({ text: a, lower: a.toLowerCase(), start, end: start + a.length, word: true });
      const b = glued[2]!;
      out.push({ text: b, lower: b.toLowerCase(), start: start + a.length, end: start + raw.length, word: true });
      continue;
    }
    const lower = raw.toLowerCase();
    out.push({ text: raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + raw.length, word });
  }
  return out;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.word && /^[A-Z]/.test(t.text);

/** "Zain's", "Mr Hughes's": a possessive word (a determiner for the noun after it). */
export const isPossessive = (t: Token | undefined): boolean => !!t && t.word && /['’]s$/.test(t.text) && t.text.length > 2;

/** The word without a possessive ending and a title's full stop, lower case. */
export const bare = (t: Token): string => t.lower.replace(/'s$/, '').replace(/\.$/, '');
