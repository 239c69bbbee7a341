// Screenshots of the built extension with sample records (for the README). Build first (npx wxt build), then:
//   npx tsx scripts/screenshot-sidepanel.mjs [out.png] [list|open|findings|status|options]   (DARK=1 for dark mode)
// Chromium starts as every driver of the extension starts it (scripts/support/extension-browser.ts).
// `findings` (used for docs/screenshot-sidepanel.png) opens the first record at what On Record found in it.
import { chromium } from 'playwright-core';
import { createHash, randomUUID } from 'node:crypto';
import { extensionLaunchOptions } from './support/extension-browser.ts';
const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const DIR = `${ROOT}/.output/chrome-mv3`;
const out = process.argv[2] ?? `${ROOT}/docs/screenshot-sidepanel.png`;
const mode = process.argv[3] ?? 'list';
const ctx = await chromium.launchPersistentContext('', { ...extensionLaunchOptions(DIR), colorScheme: process.env.DARK ? 'dark' : 'light' });
let [sw] = ctx.serviceWorkers();
sw ??= await ctx.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const page = await ctx.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(e.message));
await page.setViewportSize({ width: 400, height: 800 });
await page.goto(`chrome-extension://${id}/${mode === 'options' ? 'options' : 'sidepanel'}.html`);
const p = (name, address) => ({ name, address });
const rec = (o) => ({
  id: randomUUID(), kind: 'email', adapter: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/1', sentAt: null, sentAtText: null,
  from: null, to: [p('Sam Khan', 'sam.khan@example.org')], cc: [], subject: '', text: '', quotedText: '', signature: '', html: '',
  messageId: randomUUID(), attachments: [], capturedAt: new Date().toISOString(), childId: null, ...o,
  textHash: createHash('sha256').update(o.text ?? '').digest('hex'),
});
const records = [
  rec({ subject: 'Re: Support plan for Maya', from: p('Mrs Anita Patel', 'a.patel@oakfield.sch.uk'), cc: [p('Mr David Jones', 'senco@oakfield.sch.uk')],
    sentAt: '2026-05-13T23:02:00+01:00', sentAtText: '13 May 2026, 23:02', capturedAt: '2026-05-14T07:30:00Z',
    text: 'Dear Ms Khan,\n\nThank you for coming in on Tuesday. We will keep an eye on how Maya settles after lunch, and I will send the updated support plan by Friday.\n\nShe will have regular check-ins with Mrs Lee.',
    quotedText: 'On 12 May 2026, Sam Khan wrote:\n> Could we have the plan in writing, please?', signature: 'Mrs Anita Patel\nClass teacher, Year 4\nOakfield Primary School',
    html: '<p>Dear Ms Khan,</p><p>Thank you for coming in on Tuesday. We will <b>keep an eye on</b> how Maya settles after lunch, and I will send the updated support plan by Friday.</p><p>She will have regular check-ins with Mrs Lee.</p><img src="https://tracker.example/p.gif" alt="">',
    attachments: ['Support plan draft.pdf'] }),
  rec({ kind: 'page', adapter: 'article', url: 'https://portal.arbor-education.com/messages/8812', subject: 'Year 4 trip: extra adult support', sentAt: '2026-05-09T15:10:00+01:00',
    capturedAt: '2026-05-10T09:00:00Z', text: 'The school will arrange an extra adult for the trip to the museum for any child who needs it. Please let the office know by Wednesday.' }),
  rec({ kind: 'selection', adapter: 'selection', url: 'https://app.classdojo.com/', subject: 'Class Story', capturedAt: '2026-05-08T18:30:00Z',
    text: 'We’ll look into getting Maya assessed by the educational psychologist next term.' }),
  rec({ subject: '', from: p('', 'office@oakfield.sch.uk'), sentAt: '2026-05-02T08:05:00+01:00', capturedAt: '2026-05-02T12:00:00Z',
    text: 'Reminder: parents’ evening bookings close on Friday. Please book a slot with your child’s class teacher.' }),
];
const backup = { format: 'on-record-backup', version: 1, exportedAt: new Date().toISOString(), records };
const answer = await page.evaluate((b) => chrome.runtime.sendMessage({ type: 'import-backup', backup: b }), backup);
console.log('import', answer);
if (mode === 'open' || mode === 'findings') {
  await page.getByTestId('record-row').first().click();
  await page.getByTestId('record-view').waitFor();
  await page.waitForTimeout(500);
}
if (mode === 'findings') {
  await page.setViewportSize({ width: 400, height: 900 });
  const findings = page.getByTestId('findings');
  await findings.waitFor();
  console.log('findings', await findings.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.dataset.kind}: ${e.querySelector('[data-testid="finding-words"]')?.textContent}`)));
  await findings.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
  await page.mouse.move(0, 0);
}
if (mode === 'status') {
  await page.evaluate(() => chrome.storage.session.set({ lastClip: { at: new Date().toISOString(), tone: 'saved', message: 'Saved to On Record.', recordIds: [] } }));
}
await page.waitForTimeout(400);
if (mode === 'open') await page.setViewportSize({ width: 400, height: Math.min(4000, await page.evaluate(() => document.documentElement.scrollHeight)) });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: mode === 'options' });
if (mode === 'open') {
  console.log(await page.locator('iframe').evaluate((f) => ({ sandbox: f.getAttribute('sandbox'), len: f.srcdoc.length })));

}
console.log('errors', errors);
await ctx.close();
