// Term words from a school year the child's calendar lacks ("after half term" in a 2022 email, read
// against 2025–27 term dates): the record and the timeline ask for that year's term dates, and the
// link takes the parent to where they are entered. The findings are put in the database directly,
// so this tests the pages whatever the date rules find.
//
// MISSING_TERM_YEAR_SHOTS=/some/dir also saves screenshots of both, in light and dark.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredFinding } from '../../lib/model/finding';
import type { SavedRecord } from '../../lib/model/record';
import type { Child, SchoolCalendar } from '../../lib/model/plan';
import { Harness } from './harness';
import { writeFindings } from './write-findings';
import { analysedCount } from './analysed-records';

const SHOTS = process.env.MISSING_TERM_YEAR_SHOTS;
const CHILD = 'mtys-child';

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch();
});
afterAll(async () => {
  await h?.close();
});

const calendar: SchoolCalendar = {
  id: 'mtys-calendar',
  name: 'Oakfield term dates',
  source: 'manual',
  updatedAt: '2025-08-01T09:00:00.000Z',
  terms: [
    { name: 'Autumn 2025', start: '2025-09-03', end: '2025-12-19', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31' },
    { name: 'Spring 2026', start: '2026-01-05', end: '2026-03-27', halfTermStart: '2026-02-16', halfTermEnd: '2026-02-20' },
    { name: 'Summer 2026', start: '2026-04-13', end: '2026-07-21', halfTermStart: '2026-05-25', halfTermEnd: '2026-05-29' },
    { name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' },
    { name: 'Spring 2027', start: '2027-01-04', end: '2027-03-25', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19' },
    { name: 'Summer 2027', start: '2027-04-12', end: '2027-07-21', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04' },
  ],
  closures: [],
};

const child: Child = {
  id: CHILD,
  name: 'Maya Khan',
  knownAs: [],
  school: 'Oakfield Primary School',
  schoolSenders: ['oakfield.sch.uk'],
  yearGroup: 'Year 5',
  senStatus: 'sen-support',
  primaryNeed: 'SLCN',
  secondaryNeed: null,
  calendarId: calendar.id,
  evidenceWeeks: 4,
  createdAt: '2025-08-01T09:00:00.000Z',
  updatedAt: '2025-08-01T09:00:00.000Z',
};

function record(id: string, sentAt: string, subject: string, text: string): SavedRecord {
  return {
    id,
    kind: 'email',
    adapter: 'gmail',
    url: `https://mail.google.com/mail/u/0/#inbox/${id}`,
    subject,
    from: { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.sch.uk' },
    to: [],
    cc: [],
    sentAt,
    sentAtText: null,
    text,
    quotedText: '',
    signature: '',
    html: '',
    messageId: `msg-${id}`,
    attachments: [],
    capturedAt: sentAt,
    childId: CHILD,
    textHash: createHash('sha256').update(text).digest('hex'),
  };
}

const RECORDS = [
  record('mtys-1', '2022-11-08T16:20:00+00:00', 'Reading support', 'Dear Mrs Khan, we will review this after half term.'),
  record('mtys-2', '2023-01-20T15:05:00+00:00', 'Reading plan', 'Dear Mrs Khan, thank you for coming in. We will look at the reading plan again at the end of term.'),
  record('mtys-3', '2023-03-01T12:00:00+00:00', 'Meeting', 'Dear Mrs Khan, we can meet after half term to talk about Maya’s reading.'),
  record('mtys-4', '2021-10-05T09:30:00+01:00', 'Settling in', 'Dear Mrs Khan, Maya is settling in well. We will check again next term.'),
  // Left to the extension's own reading: its findings are not replaced.
  record('mtys-5', '2019-11-12T15:40:00+00:00', 'Review', 'Dear Mrs Khan, we will review this after half term.'),
];

/** A term word the calendar could not place: `words` in record `recordId`. */
function unplaced(recordId: string, words: string, year: string): StoredFinding {
  const text = RECORDS.find((r) => r.id === recordId)!.text;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${recordId}`);
  return { id: `${recordId}:date:${start}-${start + words.length}`, recordId, childId: CHILD, kind: 'date', start, end: start + words.length, text: words, date: null, missingTermYear: year };
}

const FOUND: StoredFinding[] = [
  unplaced('mtys-1', 'after half term', '2022–23'),
  unplaced('mtys-2', 'end of term', '2022–23'),
  unplaced('mtys-3', 'after half term', '2022–23'),
  unplaced('mtys-4', 'next term', '2021–22'),
];

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: path.join(SHOTS, `${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(SHOTS, `${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

const TERMS_HASH = `#/child/${CHILD}/terms`;

describe('term words from a school year with no term dates', () => {
  beforeAll(async () => {
    const backup = {
      format: 'on-record-backup',
      version: 2,
      exportedAt: new Date().toISOString(),
      records: RECORDS,
      children: [child],
      calendars: [calendar],
      plans: [],
      events: [],
      links: [],
      marks: [],
    };
    expect(await h.importBackup(backup)).toMatchObject({ ok: true });
    // Once the background has read the records, put our findings in place of its own.
    const controller = await h.controllerPage();
    const ids = RECORDS.map((r) => r.id);
    for (let waited = 0; (await analysedCount(controller, ids)) < ids.length; waited += 100) {
      if (waited > 15_000) throw new Error('The background did not read the imported records');
      await controller.waitForTimeout(100);
    }
    await writeFindings(controller, FOUND);
  });

  it('asks once per missing year on the timeline, naming the words and counting the emails', async () => {
    const page = await h.extensionPage(`timeline.html#/child/${CHILD}/timeline`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const region = page.getByRole('region', { name: 'School years with no term dates' });
    await region.waitFor({ timeout: 15_000 });
    const notices = region.getByTestId('term-year-notice');
    const texts = await notices.allTextContents();
    // One line per year however many words and emails, newest year first. (2019–20 is the
    // extension's own reading of mtys-5: see the last test.)
    expect(texts.filter((t) => !t.includes('2019–20'))).toEqual([
      'Add term dates for 2022–23 to place “after half term” and “end of term” (3 emails).',
      'Add term dates for 2021–22 to place “next term” (1 email).',
    ]);
    // The calendar has term dates, so the "no term dates at all" notice is not shown too.
    expect(await page.getByTestId('no-term-dates').count()).toBe(0);
    await shoot(page, 'missing-term-year-timeline');

    const link = region.locator('[data-year="2022–23"]').getByRole('link', { name: 'Add term dates for 2022–23' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/timeline\\.html${TERMS_HASH}$`));
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(TERMS_HASH);
    await page.getByTestId('terms-editor').waitFor();
    // Back returns to the timeline and its notices.
    await page.goBack();
    await region.waitFor();
    expect(h.extensionErrors).toEqual([]);
    await page.close();
  });

  it('says so beside the date in the record, on the full page, with the way to the term dates', async () => {
    const page = await h.extensionPage(`timeline.html#/record/mtys-1`);
    const findings = page.getByTestId('findings');
    await findings.waitFor({ timeout: 15_000 });
    const line = findings.locator(`[data-testid="finding"][data-finding-id="${FOUND[0]!.id}"] [data-testid="term-year-line"]`);
    expect(await line.textContent()).toBe('Add term dates for 2022–23 to place “after half term”.');
    // The words are marked in the text, labelled with the year they need.
    expect(await page.locator(`mark[id="finding-${FOUND[0]!.id}"]`).getAttribute('title')).toBe('Date: needs the term dates for 2022–23');
    await line.getByRole('link', { name: 'Add term dates for 2022–23' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(TERMS_HASH);
    await page.getByTestId('terms-editor').waitFor();
    expect(h.extensionErrors).toEqual([]);
    await page.close();
  });

  it('says so in the side panel too, and opens the term dates in a tab', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.locator('[data-testid="record-row"][data-record-id="mtys-2"]').click();
    const line = panel.getByTestId('findings').getByTestId('term-year-line');
    await line.waitFor({ timeout: 15_000 });
    expect(await line.textContent()).toBe('Add term dates for 2022–23 to place “end of term”.');
    await line.scrollIntoViewIfNeeded();
    await shoot(panel, 'missing-term-year-record');

    const opened = h.context.waitForEvent('page');
    await line.getByRole('link', { name: 'Add term dates for 2022–23' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(new RegExp(`/timeline\\.html${TERMS_HASH}$`));
    await tab.getByTestId('terms-editor').waitFor();
    // The panel stays where it was.
    expect(panel.url()).toMatch(/sidepanel\.html$/);
    expect(h.extensionErrors).toEqual([]);
    await tab.close();
    await panel.close();
  });

  it('reads an email from a year with no term dates itself, and asks for that year', async () => {
    const page = await h.extensionPage('timeline.html#/record/mtys-5');
    const line = page.getByTestId('findings').getByTestId('term-year-line');
    await line.waitFor({ timeout: 15_000 });
    expect(await line.textContent()).toBe('Add term dates for 2019–20 to place “after half term”.');
    await page.goto(`${h.origin}timeline.html#/child/${CHILD}/timeline`);
    const notice = page.locator('[data-testid="term-year-notice"][data-year="2019–20"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toBe('Add term dates for 2019–20 to place “after half term” (1 email).');
    expect(h.extensionErrors).toEqual([]);
    await page.close();
  });
});
