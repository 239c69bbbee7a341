// The import's two steps on real files, in Node with fake-indexeddb: scan lists, import saves what
// was chosen in whole batches, and Cancel keeps what was saved whole.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { scanFiles } from '@/lib/import/pipeline/scan';
import { BATCH_SIZE, importChosen } from '@/lib/import/pipeline/import-chosen';
import type { ImportChoice } from '@/lib/import/worker/protocol';

const MAIL = path.resolve('tests/fixtures/import/mail');
const DOCUMENTS = path.resolve('tests/fixtures/import/documents');

function file(dir: string, name: string, as = name): File {
  return new File([readFileSync(path.join(dir, name))], as);
}

/** An mbox of `n` short emails from one school address, one day apart. */
function schoolMbox(n: number, name = 'school.mbox', from = 'Mrs Okafor <h.okafor@brambleway.sch.uk>'): File {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2025, 8, 1 + i));
    // As Takeout writes the separator: "From <id>@xxx Mon Sep 01 00:00:00 +0000 2025".
    const [weekday, date, month, year, time] = day.toUTCString().replace(',', '').split(' ');
    parts.push(
      `From 1825563214780011${String(i).padStart(3, '0')}@xxx ${weekday} ${month} ${date} ${time} +0000 ${year}\r\n` +
        `From: ${from}\r\nTo: sam@example.com\r\nDate: ${day.toUTCString().replace('GMT', '+0000')}\r\n` +
        `Message-ID: <m${i}@brambleway.sch.uk>\r\nSubject: Note ${i}\r\n\r\nDear Mr Bennett,\r\n\r\nWe will check Noah's reading book on day ${i}.\r\n\r\n`,
    );
  }
  return new File([parts.join('')], name);
}

const ALL_OF = (address: string): ImportChoice => ({ senders: [address], letters: [], fromDay: null, toDay: null });

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('scanFiles', () => {
  it('lists the senders of a Takeout zip and a Thunderbird mailbox, the letters given as files, and what could not be read', async () => {
    const files = [
      file(path.join(MAIL, 'zip'), 'takeout-streamed.zip', 'takeout-20260401.zip'),
      file(MAIL, 'thunderbird.mbox'),
      file(DOCUMENTS, 'school-letter.docx'),
      file(DOCUMENTS, 'school-letter-password.pdf'),
      new File(['x'], 'EHCP 2019.doc'),
      new File([], 'saved.eml'),
    ];
    const progress: number[] = [];
    const { report, emails } = await scanFiles(files, { children: [], onProgress: (p) => progress.push(p.bytesRead) });
    expect(report.emails).toBe(7);
    expect(emails.filter((e) => e.entry !== null).map((e) => e.source)).toEqual(Array(4).fill('takeout-20260401.zip › All mail Including Spam and Trash.mbox'));
    const brambleway = report.senders.find((g) => g.domain === 'brambleway.sch.uk')!;
    expect(brambleway.ticked).toMatch(/\.sch\.uk/);
    expect(brambleway.count).toBe(5);
    expect(report.senders.at(-1)!.ticked).toBeNull();
    expect(report.letters).toHaveLength(1);
    expect(report.letters[0]).toMatchObject({ file: 'school-letter.docx', sentAt: expect.stringMatching(/^2026-03-12/), ticked: true });
    expect(report.unreadable.map((u) => u.file)).toEqual(['school-letter-password.pdf', 'EHCP 2019.doc', 'saved.eml']);
    expect(report.unreadable[2]!.reason).toBe('This file is empty: there is nothing in it to import.');
    expect(report.unreadable[0]!.reason).toMatch(/password/);
    expect(progress.at(-1)).toBe(files.reduce((n, f) => n + f.size, 0));
  });

  it('offers the complete emails of a mailbox that ends part-way through one', async () => {
    const whole = await schoolMbox(3).text();
    const cut = new File([whole.slice(0, whole.lastIndexOf('Subject:'))], 'cut.mbox');
    const { report } = await scanFiles([cut], { children: [] });
    expect(report.emails).toBe(2);
    expect(report.unreadable).toEqual([{ file: 'cut.mbox', reason: expect.stringMatching(/ends part-way through an email\. The 2 complete emails/) }]);
  });
});

describe('importChosen', () => {
  it('saves only the ticked senders inside the date range, with the letters an email carried, each batch analysed', async () => {
    const files = [file(MAIL, 'takeout.mbox'), file(DOCUMENTS, 'school-letter.pdf')];
    const scan = await scanFiles(files, { children: [] });
    const summary = await importChosen(files, scan, { senders: ['h.okafor@brambleway.sch.uk', 'sen.team@hallamvale.gov.uk'], letters: [], fromDay: '2026-03-03', toDay: null }, { db, childFor: () => 'noah' });
    // The SENCo's email of 2 March is outside the range; the council's is in.
    expect(summary).toMatchObject({ saved: 1, alreadySaved: 0, skipped: 3, unreadable: 0, cancelled: false, attachmentsSaved: 0 });
    const all = await scanAndImport(files, { senders: ['h.okafor@brambleway.sch.uk'], letters: scan.report.letters.map((l) => l.key), fromDay: null, toDay: null });
    expect(all).toMatchObject({ saved: 3, attachmentsSaved: 1 });
    const records = await db.records.toArray();
    expect(records.map((r) => r.kind).sort()).toEqual(['email', 'email', 'letter', 'letter']);
    expect(await db.analyses.count()).toBe(4);
    expect(records.every((r) => r.childId === 'noah')).toBe(true);
  });

  async function scanAndImport(files: File[], choice: ImportChoice, isCancelled?: () => boolean) {
    const scan = await scanFiles(files, { children: [] });
    return importChosen(files, scan, choice, { db, childFor: () => 'noah', isCancelled });
  }

  it('stops on Cancel after the batch being written, keeping whole batches, and a second run saves the rest once', async () => {
    const mbox = schoolMbox(BATCH_SIZE * 3);
    let asked = 0;
    // Cancel arrives while the second batch is being read.
    const first = await scanAndImport([mbox], ALL_OF('h.okafor@brambleway.sch.uk'), () => ++asked > BATCH_SIZE + 5);
    expect(first.cancelled).toBe(true);
    expect(first.saved).toBe(BATCH_SIZE + 6);
    expect(await db.records.count()).toBe(first.saved);
    expect(await db.recordHeads.count()).toBe(first.saved);
    const second = await scanAndImport([mbox], ALL_OF('h.okafor@brambleway.sch.uk'));
    expect(second).toMatchObject({ saved: BATCH_SIZE * 3 - first.saved, alreadySaved: first.saved, cancelled: false });
  });

  it('reads the chosen emails of a zip by streaming it again', async () => {
    const zip = file(path.join(MAIL, 'zip'), 'takeout-zip64-streamed.zip', 'takeout.zip');
    const summary = await scanAndImport([zip], ALL_OF('sen.team@hallamvale.gov.uk'));
    expect(summary).toMatchObject({ saved: 1, skipped: 3 });
    const [record] = await db.records.toArray();
    expect(record).toMatchObject({ kind: 'email', adapter: 'import', file: 'takeout.zip › All mail Including Spam and Trash.mbox' });
    expect(record!.text).toMatch(/£/);
  });

  it('imports the complete emails of a zip cut short: it stops after the last one chosen, before the break', async () => {
    // A shop's newsletters (not ticked by default, so not kept in memory by the scan: the import
    // streams the zip again) in a Takeout zip whose download stopped part-way.
    const mbox = new Uint8Array(await schoolMbox(60, 'x.mbox', 'Hill Street Books <news@shop.example>').arrayBuffer());
    const zip = zipSync({ 'Takeout/Mail/All mail Including Spam and Trash.mbox': [mbox, { level: 0 }] });
    const cut = new File([zip.slice(0, Math.floor(zip.byteLength * 0.7))], 'takeout.zip');
    const scan = await scanFiles([cut], { children: [] });
    expect(scan.report.emails).toBeGreaterThan(30);
    expect(scan.report.unreadable).toHaveLength(1);
    const summary = await importChosen([cut], scan, ALL_OF('news@shop.example'), { db, childFor: () => null });
    expect(summary.saved).toBe(scan.report.emails);
    expect(summary).toMatchObject({ problems: [], unreadable: 0, cancelled: false });
    expect(await db.records.count()).toBe(scan.report.emails);
  });

  it('stops with the error when a batch cannot be written, keeping the batches written before it whole', async () => {
    const mbox = schoolMbox(BATCH_SIZE * 3 + 7);
    const scan = await scanFiles([mbox], { children: [] });
    let heads = 0;
    db.recordHeads.hook('creating', () => {
      if (++heads > BATCH_SIZE) throw new Error('disk full');
    });
    await expect(importChosen([mbox], scan, ALL_OF('h.okafor@brambleway.sch.uk'), { db, childFor: () => null })).rejects.toThrow(/disk full/);
    expect(await db.records.count()).toBe(BATCH_SIZE);
    expect(await db.analyses.count()).toBe(BATCH_SIZE);
  });
});
