// Bringing the history in through the real settings page: a Gmail Takeout mailbox, a letter made
// by LibreOffice, a scan and a file On Record does not read, chosen on the file input named
// "Choose files to import". The sender list ticks the school and the council and leaves the
// bookshop; the import saves the emails and the letter attached to one of them, files them under
// the child, analyses them, and says so in a status starting "Import finished:". Importing the
// same files again saves nothing twice.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Child } from '../../lib/model/plan';
import { analysedCount } from './analysed-records';
import { Harness } from './harness';

const MAIL = path.resolve('tests/fixtures/import/mail');
const DOCUMENTS = path.resolve('tests/fixtures/import/documents');
const CHILD = 'import-child';

const child: Child = {
  id: CHILD,
  name: 'Noah Bennett',
  knownAs: [],
  school: 'Brambleway Primary School',
  schoolSenders: ['brambleway.sch.uk'],
  yearGroup: 'Year 4',
  senStatus: 'sen-support',
  primaryNeed: 'SLCN',
  secondaryNeed: null,
  calendarId: null,
  evidenceWeeks: 4,
  createdAt: '2025-08-01T09:00:00.000Z',
  updatedAt: '2025-08-01T09:00:00.000Z',
};

let h: Harness;
let notes: string;
beforeAll(async () => {
  h = await Harness.launch();
  const backup = { format: 'on-record-backup', version: 2, exportedAt: new Date().toISOString(), records: [], children: [child], calendars: [], plans: [], events: [], links: [], marks: [] };
  expect(await h.importBackup(backup)).toMatchObject({ ok: true });
  notes = path.join(os.tmpdir(), `on-record-notes-${process.pid}.xyz`);
  writeFileSync(notes, 'not a format On Record reads');
});
afterAll(async () => {
  await h?.close();
});

const FILES = () => [path.join(MAIL, 'takeout.mbox'), path.join(DOCUMENTS, 'school-letter.pdf'), path.join(DOCUMENTS, 'school-letter-scan.pdf'), notes];

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Choose files to import').setInputFiles(files);
  await page.getByRole('button', { name: /^Import/ }).waitFor({ timeout: 30_000 });
}

async function runImport(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Import/ }).click();
  const status = page.getByRole('status').filter({ hasText: /^Import finished:/ });
  await status.waitFor({ timeout: 60_000 });
  return (await status.textContent())!.trim();
}

describe('import emails, letters or plans', () => {
  it('lists the senders with the school and council ticked, saves what was chosen, and reports it', async () => {
    const page = await h.extensionPage('options.html');
    await chooseFiles(page, FILES());

    expect(await page.getByRole('checkbox', { name: /^h\.okafor@brambleway\.sch\.uk/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^sen\.team@hallamvale\.gov\.uk/ }).isChecked()).toBe(true);
    // The bookshop is among the other senders, closed and unticked until the parent ticks it.
    await page.getByText(/^Other senders/).click();
    expect(await page.getByRole('checkbox', { name: /^news@hillstreetbooks\.example/ }).isChecked()).toBe(false);
    // The scan and the unknown file are named with the reason, before anything is saved.
    await page.getByText('This looks like a scan; On Record cannot read scans yet.', { exact: false }).first().waitFor();
    expect((await h.exportBackup()).records).toEqual([]);

    const finished = await runImport(page);
    expect(finished).toMatch(/^Import finished: 5 saved \(1 letter from attachments?\), 0 already saved, 1 skipped, 2 could not be read\./);

    const records = (await h.exportBackup()).records;
    expect(records).toHaveLength(5);
    for (const r of records) expect(r).toMatchObject({ adapter: 'import', url: '', html: '' });
    const emails = records.filter((r) => r.kind === 'email');
    const letters = records.filter((r) => r.kind === 'letter');
    expect(emails.map((r) => r.from?.address).sort()).toEqual(['d.price@brambleway.sch.uk', 'h.okafor@brambleway.sch.uk', 'sen.team@hallamvale.gov.uk']);
    const attached = letters.find((r) => r.attachedTo);
    expect(attached?.attachedTo).toBe(emails.find((r) => r.from?.address === 'h.okafor@brambleway.sch.uk')?.id);
    expect(attached?.file).toMatch(/^takeout\.mbox › Review letter - Noah Bennett\.pdf$/);
    const onItsOwn = letters.find((r) => !r.attachedTo)!;
    expect(onItsOwn.file).toBe('school-letter.pdf');
    // Noah's school, the council and the letter his school's email carried are filed under him;
    // the letter on its own is from another school (Brookfield), so it waits for the parent.
    expect(records.filter((r) => r.childId === CHILD)).toHaveLength(4);
    expect(onItsOwn.childId).toBeNull();
    expect(onItsOwn.from?.name).toMatch(/Brookfield/);
    // The letter's own date line is its date.
    expect(onItsOwn.sentAt).toMatch(/^2026-03-12T00:00:00\+00:00$/);
    expect(await analysedCount(page, records.map((r) => r.id))).toBe(5);

    // The side panel lists them like clipped ones.
    const panel = await h.extensionPage('sidepanel.html');
    await expect.poll(() => panel.getByTestId('record-row').count(), { timeout: 10_000 }).toBe(5);
    await panel.close();
    await page.close();
  });

  it('saves nothing twice when the same files are imported again', async () => {
    const page = await h.extensionPage('options.html');
    await chooseFiles(page, FILES());
    const finished = await runImport(page);
    expect(finished).toMatch(/^Import finished: 0 saved.*, 5 already saved/);
    expect((await h.exportBackup()).records).toHaveLength(5);
    await page.close();
  });

  it('refuses a file that is not a mailbox with a sentence, and changes nothing', async () => {
    const page = await h.extensionPage('options.html');
    const fake = path.join(os.tmpdir(), `on-record-fake-${process.pid}.mbox`);
    writeFileSync(fake, 'Hello, this is a shopping list.\nEggs\nMilk\n');
    await page.getByLabel('Choose files to import').setInputFiles([fake]);
    await page.getByText(/not an mbox/i).first().waitFor({ timeout: 30_000 });
    expect((await h.exportBackup()).records).toHaveLength(5);
    await page.close();
  });
});
