// Emails for the analysis benchmark (scripts/bench.ts), as the command line reads them
// ({ id, sentAt, from, subject, body }): the shared sample emails, repeated with their sent day
// moved on each round (so every date resolves differently), and the seeded generator's school
// emails (./generate.ts) for variety. Deterministic: the same input every run.
import { generateTimelineData } from './generate';
import { findNewText } from '../../lib/analysis/text/new-text';
import type { InputEmail } from '../../lib/cli/read-input';

const DAY_MS = 86_400_000;

/** The sample emails again and again, each round sent a day later, until `bytes` of body text. */
export function corpusRounds(corpus: readonly InputEmail[], bytes: number): InputEmail[] {
  const out: InputEmail[] = [];
  let total = 0;
  for (let round = 0; total < bytes && corpus.length > 0; round++) {
    for (const e of corpus) {
      if (total >= bytes) break;
      const sentAt = new Date(Date.parse(e.sentAt) + round * DAY_MS).toISOString();
      out.push({ ...e, id: `${e.id}-${round}`, sentAt });
      total += e.body.length;
    }
  }
  return out;
}

/** The generator's school emails (1–3 KB each, from fifteen staff over five school years) until `bytes`. */
export function generatedEmails(bytes: number): InputEmail[] {
  // About 1.85 KB an email: ask for enough in one go, then take what is needed.
  const data = generateTimelineData({ records: Math.max(1, Math.ceil(bytes / 1500)), marks: 0, links: 0 });
  const out: InputEmail[] = [];
  let total = 0;
  for (const r of data.records) {
    if (total >= bytes) break;
    out.push({
      id: `generated-${out.length}`,
      sentAt: r.sentAt ?? '2025-03-03T09:00:00+00:00',
      from: r.from ? (r.from.name ? `${r.from.name} <${r.from.address}>` : r.from.address) : '',
      subject: r.subject,
      body: r.text,
    });
    total += r.text.length;
  }
  return out;
}

/** About `bytes` of email bodies: half the sample emails repeated, half generated. */
export function mixedEmails(corpus: readonly InputEmail[], bytes: number): InputEmail[] {
  return [...corpusRounds(corpus, bytes / 2), ...generatedEmails(bytes / 2)];
}

/** One email of about `bytes` characters: the sample emails' own paragraphs one after another, then a signature. */
export function emailOfSize(corpus: readonly InputEmail[], bytes: number): InputEmail {
  // Only the new text of each sample email: its quotes and signature would end the new text early.
  const paragraphs = corpus.flatMap((e) => {
    const own = findNewText(e.body);
    return e.body.slice(own.start, own.end).split(/\n\n+/).filter((p) => p.length > 80);
  });
  const parts: string[] = ['Dear Ms Green,'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes && paragraphs.length > 0; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(p);
    size += p.length + 2;
  }
  parts.push('Kind regards,\n\nMrs Patel\nSENCo');
  return { id: `size-${bytes}`, sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Anita Patel <a.patel@oakfield.sch.uk>', subject: 'Plan', body: parts.join('\n\n') };
}
