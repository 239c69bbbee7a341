// npm run eval: analyses the shared annotated corpus and scores it with the shared scorer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyse } from '../lib/analysis/analyse';
import { parseTermCalendar } from '../lib/calendar/parse-term-calendar';
import { readJsonEmails } from '../lib/cli/read-input';
import { toCliEntry } from '../lib/cli/cli-entry';

const shared = resolve(process.env.ON_RECORD_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const corpusPath = positional[0] ?? join(shared, 'corpus', 'emails.json');
const calendarPath = positional[1] ?? join(shared, 'corpus', 'term-calendar.json');
const calendar = parseTermCalendar(readFileSync(calendarPath, 'utf8'));
if (!calendar.ok) throw new Error(calendar.error);

const emails = readJsonEmails(readFileSync(corpusPath, 'utf8'), corpusPath);
const predictions = emails.map((e) => toCliEntry(e.id, analyse(e, { calendar: calendar.calendar })));
const out = join(mkdtempSync(join(tmpdir(), 'on-record-eval-')), 'predictions.json');
writeFileSync(out, JSON.stringify(predictions));
const extra = process.argv.includes('--show-errors') ? ['--show-errors'] : [];
process.stdout.write(
  execFileSync('node', [join(shared, 'tools', 'score-analysis.mjs'), '--gold', corpusPath, '--pred', out, ...extra], { encoding: 'utf8' }),
);
