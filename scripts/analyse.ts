// npm run analyse -- [--terms CALENDAR.json] INPUT...   (also `npm run analyze`, the name issues and automation use)
// INPUT: a JSON array of { id, sentAt, from, subject, body }, .eml files, or an .mbox file.
// Prints one JSON entry per email; bad input: a message on stderr and exit code 2.
// Shipped built: scripts/build-cli.mjs bundles this file into dist-cli/analyse.mjs, and `npm run
// analyse` runs the bundle (rebuilt first when any source is newer). Contract: docs/automation.md.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { analyse } from '../lib/analysis/analyse';
import { parseTermCalendar } from '../lib/calendar/parse-term-calendar';
import type { TermCalendar } from '../lib/calendar/term-calendar';
import { InputError, readEml, readJsonEmails, splitMbox, type InputEmail } from '../lib/cli/read-input';
import { toCliEntry } from '../lib/cli/cli-entry';

const USAGE = 'usage: npm run analyse -- [--terms CALENDAR.json] INPUT.json | FILE.eml... | FILE.mbox';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read ${path}`);
  }
}

async function load(paths: string[]): Promise<InputEmail[]> {
  const emails: InputEmail[] = [];
  for (const path of paths) {
    const ext = extname(path).toLowerCase();
    const text = readText(path);
    if (ext === '.json') emails.push(...readJsonEmails(text, path));
    else if (ext === '.eml') emails.push(await readEml(text, basename(path)));
    else if (ext === '.mbox' || ext === '.mbx') {
      const messages = splitMbox(text);
      if (messages.length === 0) throw new InputError(`${path}: no messages in this mbox.`);
      for (const [i, raw] of messages.entries()) emails.push(await readEml(raw, `${basename(path)}#${i + 1}`));
    } else throw new InputError(`${path}: expected a .json, .eml or .mbox file.`);
  }
  return emails;
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let calendar: TermCalendar | null = null;
  const termsAt = args.indexOf('--terms');
  if (termsAt !== -1) {
    const path = args[termsAt + 1];
    if (!path) throw new InputError(`--terms needs a calendar file. ${USAGE}`);
    const parsed = parseTermCalendar(readText(path));
    if (!parsed.ok) throw new InputError(`${path}: ${parsed.error}`);
    calendar = parsed.calendar;
    args.splice(termsAt, 2);
  }
  if (args.length === 0 || args.some((a) => a.startsWith('--'))) throw new InputError(USAGE);
  const emails = await load(args);
  const out = emails.map((email) => toCliEntry(email.id, analyse(email, { calendar })));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof InputError ? error.message : `analyse failed: ${String(error)}`}\n`);
  process.exit(2);
});
