// npm run bench: speed of the analysis pipeline (a benchmark, not a test: it prints, never fails).
//  1. Throughput on at least 2 MB of school email text, against compromise alone tagging the same
//     emails (nlp(text)): the pipeline should take at most 0.2 of compromise's time.
//  2. Time per kilobyte from a 1 KB email to a 200 KB one: it should stay flat (within 20%).
//  3. Hostile input (binary junk, regex traps) in seconds per megabyte: under 1.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { analyse } from '../lib/analysis/analyse';
import { parseTermCalendar } from '../lib/calendar/parse-term-calendar';
import { findNewText } from '../lib/analysis/text/new-text';
import { readJsonEmails, type InputEmail } from '../lib/cli/read-input';
import { hostileInputs } from '../tests/unit/analysis/hostile-inputs';

const shared = resolve(process.env.ON_RECORD_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const corpus = readJsonEmails(readFileSync(join(shared, 'corpus', 'emails.json'), 'utf8'), 'corpus');
const parsedCalendar = parseTermCalendar(readFileSync(join(shared, 'corpus', 'term-calendar.json'), 'utf8'));
const calendar = parsedCalendar.ok ? parsedCalendar.calendar : null;

const kb = (chars: number) => chars / 1024;
const ms = (t: number) => `${t.toFixed(1)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Corpus emails again and again (the reference day shifted so dates vary) until `bytes` of body text. */
function emailsOf(bytes: number): InputEmail[] {
  const out: InputEmail[] = [];
  let total = 0;
  for (let round = 0; total < bytes; round++) {
    for (const e of corpus) {
      const sent = new Date(Date.parse(e.sentAt) + round * 86_400_000).toISOString();
      out.push({ ...e, id: `${e.id}-${round}`, sentAt: sent });
      total += e.body.length;
      if (total >= bytes) break;
    }
  }
  return out;
}

/** One email of about `bytes` characters: corpus paragraphs one after another, then a signature. */
function emailOfSize(bytes: number): InputEmail {
  // Only the new text of each corpus email: its quotes and signature would end the new text early.
  const paragraphs = corpus.flatMap((e) => {
    const own = findNewText(e.body);
    return e.body.slice(own.start, own.end).split(/\n\n+/).filter((p) => p.length > 80);
  });
  const parts: string[] = ['Dear Ms Green,'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(p);
    size += p.length + 2;
  }
  parts.push('Kind regards,\n\nMrs Patel\nSENCo');
  return { id: `size-${bytes}`, sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Anita Patel <a.patel@oakfield.sch.uk>', subject: 'Plan', body: parts.join('\n\n') };
}

// Warm both up so neither pays for compiling its code in the timed runs.
for (const e of corpus) {
  analyse(e, { calendar });
  nlp(e.body).json();
}

console.log('On Record analysis benchmark');
console.log(`node ${process.version}, ${corpus.length} corpus emails as the source text\n`);

// 1. Throughput and the ratio to compromise alone.
const emails = emailsOf(2 * 1024 * 1024);
const totalChars = emails.reduce((n, e) => n + e.body.length, 0);
const pipelineRuns: number[] = [];
const compromiseRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  pipelineRuns.push(time(() => emails.forEach((e) => analyse(e, { calendar }))));
  compromiseRuns.push(time(() => emails.forEach((e) => nlp(e.body))));
}
const pipeline = median(pipelineRuns);
const compromiseAlone = median(compromiseRuns);
console.log(`1. Throughput on ${emails.length} emails, ${(kb(totalChars) / 1024).toFixed(2)} MB of text (median of 3 runs)`);
console.log(`   whole pipeline:          ${ms(pipeline)}  = ${((emails.length / pipeline) * 1000).toFixed(0)} emails/s, ${((kb(totalChars) / 1024) / (pipeline / 1000)).toFixed(2)} MB/s`);
console.log(`   compromise alone nlp():  ${ms(compromiseAlone)}  = ${((emails.length / compromiseAlone) * 1000).toFixed(0)} emails/s`);
console.log(`   ratio pipeline / compromise: ${(pipeline / compromiseAlone).toFixed(3)}  (target ≤ 0.2)\n`);

// 2. Time per kilobyte across email sizes.
console.log('2. Time per KB by email size (median of 5 samples, each at least 200 ms of repeated runs)');
const sizes = [1, 10, 50, 200].map((k) => k * 1024);
const perKb: number[] = [];
for (const size of sizes) {
  const email = emailOfSize(size);
  // A 1 KB email takes well under a millisecond: time batches so timer noise does not dominate.
  const once = Math.max(time(() => analyse(email, { calendar })), 0.01);
  const repeat = Math.max(1, Math.ceil(200 / once));
  const samples = Array.from({ length: 5 }, () => time(() => {
    for (let i = 0; i < repeat; i++) analyse(email, { calendar });
  }) / repeat);
  const t = median(samples);
  perKb.push(t / kb(email.body.length));
  console.log(`   ${String(Math.round(kb(email.body.length))).padStart(4)} KB: ${ms(t).padStart(10)}  ${(t / kb(email.body.length)).toFixed(3)} ms/KB`);
}
const mean = perKb.reduce((a, b) => a + b, 0) / perKb.length;
const spread = Math.max(...perKb.map((v) => Math.abs(v - mean) / mean));
console.log(`   largest deviation from the mean ms/KB: ${(spread * 100).toFixed(0)}%  (target within 20%)\n`);

// 3. Hostile input.
console.log('3. Hostile input, 1 MB each (target under 1 s per MB)');
for (const [name, text] of Object.entries(hostileInputs(1024 * 1024))) {
  const t = time(() => analyse({ sentAt: '2025-03-03T09:00:00+00:00', from: 'x', subject: 'x', body: text }, { calendar }));
  console.log(`   ${name.padEnd(28)} ${(t / 1000 / (text.length / 1024 / 1024)).toFixed(3)} s/MB`);
}
