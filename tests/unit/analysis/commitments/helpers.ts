import { createContext } from '@/lib/analysis/context';
import { detectCommitments } from '@/lib/analysis/commitments/detect-commitments';
import type { CommitmentFinding, DateFinding } from '@/lib/analysis/types';

export const SENT = '2025-03-04T10:00:00+00:00'; // a Tuesday

/** An email from a named teacher, signed, with `text` as its new text. */
export function email(text: string, opts: { from?: string; signature?: string | null; greeting?: string } = {}) {
  const greeting = opts.greeting ?? 'Dear Ms Green,';
  const signature = opts.signature === undefined ? 'Kind regards,\n\nMrs Patel\nSENCo, Oakfield Primary School' : opts.signature;
  const body = `${greeting}\n\n${text}\n\n${signature ?? ''}`.trimEnd();
  return { sentAt: SENT, from: opts.from ?? 'Mrs Anita Patel <a.patel@oakfield.sch.uk>', subject: 'Leo', body };
}

/** Commitments in `text`; `dates` are given as [phrase, day] pairs and placed where the phrase occurs. */
export function commitments(
  text: string,
  opts: Parameters<typeof email>[1] & { dates?: Array<[string, string | null]> } = {},
): CommitmentFinding[] {
  const e = email(text, opts);
  const dates: DateFinding[] = [];
  let from = 0;
  for (const [phrase, day] of opts.dates ?? []) {
    const start = e.body.indexOf(phrase, from);
    if (start < 0) throw new Error(`no "${phrase}"`);
    dates.push({ start, end: start + phrase.length, text: phrase, date: day });
    from = start + 1;
  }
  return detectCommitments(createContext(e), dates);
}

export const texts = (found: CommitmentFinding[]) => found.map((c) => c.text);
export const one = (text: string, opts: Parameters<typeof commitments>[1] = {}): CommitmentFinding => {
  const found = commitments(text, opts);
  if (found.length !== 1) throw new Error(`expected one commitment, got ${JSON.stringify(texts(found))}`);
  return found[0]!;
};
