// Screenshots of the import on the settings page, for the README and review: the sender list after
// reading a Takeout mailbox and two letters, and the summary after importing. Real files from
// tests/fixtures/import, the e2e build (npx wxt build --mode e2e). Usage:
//   npx tsx scripts/screenshot-import.ts [OUT_DIR]   (default docs/)
import path from 'node:path';
import { Harness } from './support/extension-browser';

const out = process.argv[2] ?? 'docs';
const files = [
  'tests/fixtures/import/mail/takeout.mbox',
  'tests/fixtures/import/mail/thunderbird.mbox',
  'tests/fixtures/import/documents/school-letter.pdf',
  'tests/fixtures/import/documents/council-decision.pdf',
  'tests/fixtures/import/documents/school-letter-scan.pdf',
].map((f) => path.resolve(f));

const h = await Harness.launch();
try {
  const child = {
    id: 'shot-child', name: 'Noah Bennett', knownAs: [], school: 'Brambleway Primary School', schoolSenders: ['brambleway.sch.uk'],
    yearGroup: 'Year 4', senStatus: 'sen-support', primaryNeed: 'SLCN', secondaryNeed: null, calendarId: null, evidenceWeeks: 4,
    createdAt: '2025-08-01T09:00:00.000Z', updatedAt: '2025-08-01T09:00:00.000Z',
  };
  await h.importBackup({ format: 'on-record-backup', version: 2, exportedAt: new Date().toISOString(), records: [], children: [child], calendars: [], plans: [], events: [], links: [], marks: [] });
  const page = await h.extensionPage('options.html');
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.getByLabel('Choose files to import').setInputFiles(files);
  await page.getByRole('button', { name: /^Import/ }).waitFor({ timeout: 30_000 });
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Import emails, letters or plans' }) });
  await section.screenshot({ path: path.join(out, 'screenshot-import-choose.png') });
  await page.getByRole('button', { name: /^Import/ }).click();
  await page.getByRole('status').filter({ hasText: /^Import finished:/ }).waitFor({ timeout: 60_000 });
  await section.screenshot({ path: path.join(out, 'screenshot-import-finished.png') });
  console.log(`saved ${out}/screenshot-import-choose.png and screenshot-import-finished.png`);
} finally {
  await h.close();
}
