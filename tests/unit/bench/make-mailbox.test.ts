// The benchmark's mailbox generator (scripts/bench-data/make-mailbox.ts): a small mailbox, written
// to a temporary file as the benchmark writes the big one, read back as an importer would.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PostalMime, { type Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMailbox, makeMailboxFile, type MailboxSummary } from '../../../scripts/bench-data/make-mailbox';
import { escapeFromLines } from '../../../scripts/bench-data/mailbox/encode';
import { SCHOOL_SENDERS } from '../../../scripts/bench-data/mailbox/school-people';

const OPTIONS = { messages: 200, bytes: 2_000_000, schoolShare: 0.02, seed: 1 };
/** A Takeout From line: "From 1789…@xxx Mon Mar 02 10:15:00 +0000 2026". */
const FROM_LINE = /^From \d{15,20}@xxx (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d \d\d:\d\d:\d\d \+0000 \d{4}$/;
const SCHOOL_ADDRESSES = new Set(SCHOOL_SENDERS.map((s) => s.address));

let dir: string;
let file: string;
let summary: MailboxSummary;
let text: string;
/** Each message as the bytes between its From line and the next, unescaped (mboxo). */
let messages: { fromLine: string; raw: Buffer }[];
let parsed: Email[];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function splitMbox(mbox: string): { fromLine: string; raw: Buffer }[] {
  const starts: number[] = [];
  for (let i = mbox.indexOf('From '); i >= 0; i = mbox.indexOf('\nFrom ', i + 1)) starts.push(i === 0 ? 0 : mbox[i] === '\n' ? i + 1 : i);
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : mbox.length;
    const lineEnd = mbox.indexOf('\r\n', start);
    const body = mbox.slice(lineEnd + 2, end).replace(/(^|\n)>(>*From )/g, '$1$2');
    return { fromLine: mbox.slice(start, lineEnd), raw: Buffer.from(body, 'latin1') };
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'make-mailbox-test-'));
  file = path.join(dir, 'a.mbox');
  summary = await makeMailboxFile(file, OPTIONS);
  text = readFileSync(file).toString('latin1');
  messages = splitMbox(text);
  parsed = await Promise.all(messages.map((m) => PostalMime.parse(m.raw)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('make-mailbox', () => {
  it('makes the same bytes for the same seed, and other bytes for another seed', async () => {
    const again = path.join(dir, 'b.mbox');
    await makeMailboxFile(again, OPTIONS);
    const chunks: Buffer[] = [];
    await makeMailbox({ ...OPTIONS, seed: 2 }, (chunk) => void chunks.push(chunk));
    expect(sha256(readFileSync(again))).toBe(sha256(readFileSync(file)));
    expect(sha256(Buffer.concat(chunks))).not.toBe(sha256(readFileSync(file)));
  });

  it('writes one Takeout From line per message, each after a blank line, and the summary says so', () => {
    const separators = text.match(/(^|\n)From /g) ?? [];
    expect(separators.length).toBe(OPTIONS.messages);
    expect(messages.length).toBe(OPTIONS.messages);
    for (const m of messages) expect(m.fromLine).toMatch(FROM_LINE);
    expect(text.match(/\r\n\r\nFrom /g)?.length).toBe(OPTIONS.messages - 1);
    expect(summary.messages).toBe(OPTIONS.messages);
    expect(summary.bytes).toBe(Buffer.byteLength(text, 'latin1'));
  });

  it('escapes body lines that begin "From " (mboxo), so no line starting "From " is anything but a separator', () => {
    const linesFrom = text.split('\r\n').filter((line) => line.startsWith('From '));
    expect(linesFrom.length).toBe(OPTIONS.messages);
    expect(linesFrom.every((line) => FROM_LINE.test(line))).toBe(true);
    // Some bodies do carry such lines (school and family mail), escaped.
    expect(text.match(/\r\n>From /g)?.length ?? 0).toBeGreaterThan(0);
    expect(escapeFromLines('From here\nto there\nFrom then')).toBe('>From here\nto there\n>From then');
  });

  it('uses CRLF line ends throughout, as Takeout writes them', () => {
    expect(text.match(/(?<!\r)\n/g)).toBeNull();
  });

  it('comes close to the size asked for', () => {
    expect(Math.abs(summary.bytes - OPTIONS.bytes) / OPTIONS.bytes).toBeLessThan(0.1);
  });

  it('parses every message with postal-mime, each with a unique Message-ID, a sender and a body', () => {
    const ids = parsed.map((m) => m.messageId);
    expect(ids.every((id) => /^<[^<>\s]+@[^<>\s]+>$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(OPTIONS.messages);
    for (const m of parsed) {
      expect(m.from?.address).toMatch(/@/);
      expect((m.text ?? m.html ?? '').length).toBeGreaterThan(50);
    }
    expect(parsed.reduce((n, m) => n + m.attachments.length, 0)).toBe(summary.attachments);
  });

  it('sends exactly the school share from school, council and health senders, and the summary agrees', () => {
    const school = parsed.filter((m) => SCHOOL_ADDRESSES.has(m.from!.address!));
    expect(school.length).toBe(Math.round(OPTIONS.messages * OPTIONS.schoolShare));
    expect(summary.schoolMessages).toBe(school.length);
    for (const m of school) expect(m.from!.address).toMatch(/(\.sch\.uk|\.gov\.uk|nhs\.net|parentmail\.co\.uk|arbor-education\.com)$/);
    // Nobody else sends from a school, council or NHS domain.
    for (const m of parsed.filter((p) => !school.includes(p))) expect(m.from!.address).not.toMatch(/(\.sch\.uk|\.gov\.uk|nhs\.(uk|net))$/);
  });

  it('dates messages over 2022–2026, oldest first, and the From line agrees with the Date header', () => {
    const dates = parsed.map((m) => Date.parse(m.date!));
    for (let i = 1; i < dates.length; i++) expect(dates[i]!).toBeGreaterThan(dates[i - 1]!);
    expect(new Date(dates[0]!).getUTCFullYear()).toBe(2022);
    expect(new Date(dates[dates.length - 1]!).getUTCFullYear()).toBe(2026);
    for (const [i, m] of messages.entries()) {
      const fromLineDate = Date.parse(m.fromLine.replace(/^From \S+ \w{3} (\w{3}) (\d\d) (\S+) \+0000 (\d{4})$/, '$2 $1 $4 $3 GMT'));
      expect(fromLineDate).toBe(dates[i]);
    }
  });

  it('keeps Gmail’s thread and label headers on every message', () => {
    for (const m of parsed) {
      const header = (name: string) => m.headers.find((h) => h.key === name)?.value;
      expect(header('x-gm-thrid')).toMatch(/^\d{15,20}$/);
      expect(header('x-gmail-labels')).toMatch(/\S/);
    }
  });

  it('decodes ISO-8859-1 and base64 bodies to the same text a reader sees', () => {
    const latin1 = messages.map((m, i) => ({ raw: m.raw.toString('latin1'), email: parsed[i]! })).filter((m) => /charset="iso-8859-1"/.test(m.raw));
    const base64 = messages.filter((m) => /Content-Type: text\/(plain|html); charset="(UTF|utf)-8"\r\nContent-Transfer-Encoding: base64|charset="utf-8"\r\nContent-Transfer-Encoding: base64/.test(m.raw.toString('latin1')));
    expect(latin1.length).toBeGreaterThan(0);
    expect(base64.length).toBeGreaterThan(0);
    for (const m of latin1) expect(m.email.text).not.toMatch(/\uFFFD/);
  });
});
