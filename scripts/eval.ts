// npm run eval: analyses the shared annotated corpora and scores them with the shared scorer.
//
//   npm run eval                                   both corpora; real passages whole, dev slice and held-out slice
//   npm run eval -- CORPUS.json [CALENDAR.json]    one corpus
//   --slice dev|heldout                            only that slice of the real passages
//   --show-errors                                  the scorer's list of misses (use with --slice dev while tuning)
//
// The held-out slice is chosen blind, by a hash of each passage's id (about a quarter of them), so
// nobody picks which passages to hide; tune on `dev`, report `heldout` separately.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { analyse } from '../lib/analysis/analyse';
import { parseTermCalendar } from '../lib/calendar/parse-term-calendar';
import { readJsonEmails } from '../lib/cli/read-input';
import { toCliEntry } from '../lib/cli/cli-entry';

type Slice = 'all' | 'dev' | 'heldout';

const shared = resolve(process.env.ON_RECORD_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--slice');
const sliceArg = args.includes('--slice') ? args[args.indexOf('--slice') + 1] : undefined;
if (sliceArg !== undefined && sliceArg !== 'dev' && sliceArg !== 'heldout') {
  console.error('--slice takes "dev" or "heldout".');
  process.exit(2);
}
const showErrors = args.includes('--show-errors');
const calendarPath = positional[1] ?? join(shared, 'corpus', 'term-calendar.json');
const calendar = parseTermCalendar(readFileSync(calendarPath, 'utf8'));
if (!calendar.ok) throw new Error(calendar.error);
const work = mkdtempSync(join(tmpdir(), 'on-record-eval-'));

/** True for the passages kept aside: the first byte of a salted hash of the id, under 52 of 256. */
export function isHeldOut(id: string): boolean {
  return createHash('sha256').update(`on-record-heldout:${id}`).digest()[0]! < 52;
}

function score(corpusPath: string, slice: Slice): void {
  const text = readFileSync(corpusPath, 'utf8');
  const raw = JSON.parse(text) as { id: unknown }[];
  const kept = raw.filter((e) => slice === 'all' || isHeldOut(String(e.id)) === (slice === 'heldout'));
  const goldPath = join(work, `gold-${slice}-${basename(corpusPath)}`);
  writeFileSync(goldPath, JSON.stringify(kept));
  const emails = readJsonEmails(JSON.stringify(kept), corpusPath);
  const predictions = emails.map((e) => toCliEntry(e.id, analyse(e, { calendar: calendar.ok ? calendar.calendar : null })));
  const predPath = join(work, `pred-${slice}-${basename(corpusPath)}`);
  writeFileSync(predPath, JSON.stringify(predictions));
  const label = slice === 'all' ? basename(corpusPath) : `${basename(corpusPath)} [${slice} slice]`;
  process.stdout.write(`\n== ${label}: ${kept.length} texts\n`);
  process.stdout.write(
    execFileSync('node', [join(shared, 'tools', 'score-analysis.mjs'), '--gold', goldPath, '--pred', predPath, ...(showErrors ? ['--show-errors'] : [])], {
      encoding: 'utf8',
    }),
  );
}

const realPath = join(shared, 'corpus', 'real-passages.json');
if (positional[0]) {
  score(positional[0], (sliceArg as Slice | undefined) ?? 'all');
} else if (sliceArg) {
  score(realPath, sliceArg as Slice);
} else {
  score(join(shared, 'corpus', 'emails.json'), 'all');
  score(realPath, 'all');
  score(realPath, 'dev');
  score(realPath, 'heldout');
}
