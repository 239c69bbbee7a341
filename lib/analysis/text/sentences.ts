// Sentence spans with offsets into the body. Language libraries are slow on long texts, so every
// later step works one sentence at a time.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Full stops that do not end a sentence: titles, common abbreviations and initials.
const ABBREVIATION = /\b(Mr|Mrs|Ms|Mx|Miss|Dr|Prof|St|No|e\.g|i\.e|etc|approx|incl|Rd|Ave|tel|Tel|vs)\.$|(^|\s)[A-Z]\.$/;

function endsSentence(body: string, dot: number, from: number): boolean {
  const lead = body.slice(Math.max(from, dot - 12), dot + 1);
  if (ABBREVIATION.test(lead)) return false;
  // "in Year 4. He…" ends; "9. 15" does not: after a number, only a capital starts a sentence.
  if (/\d\.$/.test(lead)) return /^\s+[A-Z"“']/.test(body.slice(dot + 1, dot + 4));
  return true;
}

/** Splits [from, to) of body into sentences: at . ! ? before a space, and at line breaks. */
export function splitSentences(body: string, from = 0, to = body.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: body.slice(s, e) });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = body[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= to || /\s/.test(body[i + 1]!))) {
      if (c === '.' && !endsSentence(body, i, from)) continue;
      push(i + 1);
    }
  }
  push(to);
  return out;
}
