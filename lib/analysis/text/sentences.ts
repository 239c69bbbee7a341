// Sentence spans with offsets into the body. Language libraries are slow on long texts, so every
// later step works one sentence at a time.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Full stops that do not end a sentence: titles, common abbreviations and initials.
const ABBREVIATION = /\b(Mr|Mrs|Ms|Mx|Miss|Dr|Prof|St|No|e\.g|i\.e|etc|approx|incl|Rd|Ave|tel|Tel|vs)\.$|(^|\s)[A-Z]\.$/;

// "on 6 Feb. to consider", "Nov. 5": an abbreviated month's full stop ends nothing before a day.
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/i;

function endsSentence(body: string, dot: number, from: number): boolean {
  const lead = body.slice(Math.max(from, dot - 12), dot + 1);
  if (ABBREVIATION.test(lead)) return false;
  const next = body.slice(dot + 1, dot + 4);
  // A sentence never goes on in lower case: "approx. three", "6 Feb. to consider".
  if (/^\s+[a-z]/.test(next)) return false;
  if (MONTH_ABBREVIATION.test(lead) && /^\s+\d/.test(next)) return false;
  // "in Year 4. He…" ends; "9. 15" does not: after a number, only a capital starts a sentence.
  if (/\d\.$/.test(lead)) return /^\s+[A-Z"“']/.test(body.slice(dot + 1, dot + 4));
  return true;
}

/** A wrapped sentence is cut at a line break past this many characters: a hard-wrapped run of lower-case lines is not one sentence. */
const MAX_WRAPPED = 2000;

/**
 * True when the line break at `nl` only wraps a sentence: the line before ends mid-clause (a word or
 * a comma, not . ! ? : ; or a bullet's end) and the next line goes on in lower case ("we\n\nwill do
 * our best", a hard-wrapped plain-text email). Headings, list items and paragraphs still split.
 */
function wrapsOn(body: string, nl: number, from: number, to: number): boolean {
  let before = nl - 1;
  while (before >= from && (body[before] === ' ' || body[before] === '\t' || body[before] === '\r')) before--;
  if (before < from || !/[\p{L}\p{N},]/u.test(body[before]!)) return false;
  let after = nl + 1;
  // At most one blank line between the halves of a sentence.
  let breaks = 0;
  while (after < to && /\s/.test(body[after]!)) {
    if (body[after] === '\n' && ++breaks > 1) return false;
    after++;
  }
  return after < to && /[a-z]/.test(body[after]!);
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
      if (i - start > MAX_WRAPPED || !wrapsOn(body, i, from, to)) push(i);
      // A wrap goes on over the blank line that may follow it, to the lower-case word.
      else while (i + 1 < to && /\s/.test(body[i + 1]!)) i++;
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
