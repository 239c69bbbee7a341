// What On Record found, beside the message in the side panel: each finding listed by kind and
// linked to its words, which are marked in the text.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredFinding } from '../../lib/model/finding';
import type { SavedRecord } from '../../lib/model/record';
import { Harness } from './harness';
import { writeFindings } from './write-findings';

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch();
});
afterAll(async () => {
  await h?.close();
});

/** The element with keyboard focus: its id and its text. */
function focused(page: Page): Promise<{ id: string; tag: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent ?? '' };
  });
}

describe('findings in a saved school email', () => {
  // Needs the detectors (lib/analysis): the email promises "we will review it together" and "I'll
  // send you the updated plan by Friday", and says "we'll keep an eye on it".
  it('lists a promise and vague wording, each linked to its words in the text', async () => {
    const { page, tabId } = await h.openFixture('gmail-school-collapsed');
    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    const records = (await h.exportBackup()).records.filter((r) => answer.recordIds.includes(r.id));
    const school = records.find((r) => r.text.includes('keep an eye on it'))!;
    expect(school, 'the school’s message in the thread').toBeDefined();

    const panel = await h.extensionPage('sidepanel.html');
    const row = panel.locator(`[data-testid="record-row"][data-record-id="${school.id}"]`);
    await row.waitFor();
    await expect.poll(() => row.getByTestId('row-findings').textContent().catch(() => ''), { timeout: 10_000 }).toMatch(/promise.*vague/);
    await row.click();

    const findings = panel.getByTestId('findings');
    await findings.waitFor();
    const promises = findings.locator('[data-testid="finding"][data-kind="commitment"]');
    const vague = findings.locator('[data-testid="finding"][data-kind="vague"]');
    await expect.poll(() => promises.count()).toBeGreaterThan(0);
    expect(await vague.count()).toBeGreaterThan(0);
    const promiseWords = await promises.getByTestId('finding-words').allTextContents();
    expect(promiseWords.join(' | ')).toMatch(/we will review it|send you the updated plan/i);
    const vagueWords = await vague.getByTestId('finding-words').allTextContents();
    expect(vagueWords.join(' | ')).toMatch(/keep an eye on/i);

    // The text with findings is shown by default, and choosing a promise focuses its words there.
    expect(await panel.getByTestId('record-text').isVisible()).toBe(true);
    const first = promises.first();
    const id = (await first.getAttribute('data-finding-id'))!;
    await first.click();
    await expect.poll(() => focused(panel)).toEqual({ id: `finding-${id}`, tag: 'mark', text: promiseWords[0] });

    expect(h.extensionErrors).toEqual([]);
    await page.close();
    await panel.close();
  });
});

// The rest puts findings in the database directly, so it tests the side panel whatever the
// detectors find.

const TEXT =
  'Dear Ms Khan,\n\nThank you for coming in on Tuesday. We will keep an eye on how Maya settles after lunch, and I will send the updated support plan by Friday.\n\nShe may need to go home early on Wednesdays for now.';

function record(id: string, text: string, subject: string): SavedRecord {
  return {
    id,
    kind: 'email',
    adapter: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/1',
    subject,
    from: { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.sch.uk' },
    to: [],
    cc: [],
    sentAt: '2026-05-13T23:02:00+01:00',
    sentAtText: null,
    text,
    quotedText: '',
    signature: '',
    html: `<p>${text.replace(/\n\n/g, '</p><p>')}</p>`,
    messageId: `msg-${id}`,
    attachments: [],
    capturedAt: '2026-05-14T07:30:00Z',
    childId: null,
    textHash: createHash('sha256').update(text).digest('hex'),
  };
}

function span(words: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

const R = 'findings-ui-1';
const FOUND: StoredFinding[] = [
  { id: `${R}:test-commitment:1`, recordId: R, childId: null, kind: 'commitment', ...span('I will send the updated support plan by Friday'), actor: 'Mrs Anita Patel', due: '2026-05-15', hedged: false, conditional: false },
  { id: `${R}:test-commitment:2`, recordId: R, childId: null, kind: 'commitment', ...span('We will keep an eye on how Maya settles'), actor: 'school', due: null, hedged: true, conditional: false },
  { id: `${R}:test-date:1`, recordId: R, childId: null, kind: 'date', ...span('by Friday'), date: '2026-05-15' },
  // Crosses the end of the second promise.
  { id: `${R}:test-vague:1`, recordId: R, childId: null, kind: 'vague', ...span('keep an eye on how Maya settles after lunch'), category: 'monitoring', why: 'Nobody says who will watch, or what happens next.', ask: 'Who will be watching, and when will you tell me what you saw?' },
  { id: `${R}:test-concern:1`, recordId: R, childId: null, kind: 'concern', ...span('go home early'), type: 'early-pickup', explanation: 'Sending a child home early is an exclusion unless it is recorded as one.' },
];

describe('the findings beside the text', () => {
  let panel: Page;

  beforeAll(async () => {
    const backup = {
      format: 'on-record-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      records: [
        record(R, TEXT, 'Maya: lunchtimes and the support plan'),
        record('findings-ui-2', 'Thank you for the lovely card.', 'Thank you'),
        record('findings-ui-3', 'Thanks for letting us know.', 'Not read yet'),
      ],
    };
    expect(await h.importBackup(backup)).toMatchObject({ ok: true });
    panel = await h.extensionPage('sidepanel.html');
    // The import read every record: put our own findings in instead, and forget the third was read.
    await writeFindings(panel, FOUND, ['findings-ui-3']);
    await panel.reload();
  });

  afterAll(async () => {
    await panel?.close();
  });

  it('sums up what was found on the record’s row', async () => {
    const summary = panel.locator(`[data-testid="record-row"][data-record-id="${R}"] [data-testid="row-findings"]`);
    await summary.waitFor();
    expect(await summary.textContent()).toContain('1 to watch · 2 promises · 1 vague · 1 date');
    expect(await panel.locator('[data-record-id="findings-ui-3"] [data-testid="row-findings"]').count()).toBe(0);
  });

  it('lists the findings in groups, most important first, with counts', async () => {
    await panel.locator(`[data-testid="record-row"][data-record-id="${R}"]`).click();
    const findings = panel.getByTestId('findings');
    await findings.waitFor();
    const headings = (await findings.locator('h3').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['Things to watch 1', 'Promises 2', 'Vague wording 1', 'Dates 1']);

    const kinds = await findings.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['concern', 'commitment', 'commitment', 'vague', 'date']);

    const promise = findings.locator(`[data-finding-id="${R}:test-commitment:1"]`);
    const shown = (await promise.textContent())!.replace(/\s+/g, ' ');
    expect(shown).toContain('Who: Mrs Anita Patel');
    expect(shown).toContain('When: by Fri 15 May 2026');
    const undated = (await findings.locator(`[data-finding-id="${R}:test-commitment:2"]`).textContent())!.replace(/\s+/g, ' ');
    expect(undated).toContain('Who: The school');
    expect(undated).toContain('No date given');
    expect(undated).toContain('Hedged');
    const vague = (await findings.locator(`[data-finding-id="${R}:test-vague:1"]`).textContent())!;
    expect(vague).toContain('Monitoring');
    expect(vague).toContain('Who will be watching');
    expect(await findings.locator(`[data-finding-id="${R}:test-date:1"]`).textContent()).toContain('Fri 15 May 2026');
  });

  it('marks every finding’s words in the text, shown by default', async () => {
    const text = panel.getByTestId('record-text');
    expect(await text.isVisible()).toBe(true);
    expect((await text.textContent())!.startsWith(TEXT)).toBe(true);
    for (const f of FOUND) {
      const mark = panel.locator(`mark[id="finding-${f.id}"]`);
      expect(await mark.getAttribute('data-kind')).toBe(f.kind);
      expect(await mark.getAttribute('aria-describedby')).toBeTruthy();
      expect(await mark.getAttribute('title')).toBeTruthy();
      // Nested findings are whole; the one crossing the end of another is cut there.
      if (f.id.includes('vague')) expect(f.text.startsWith((await mark.textContent())!)).toBe(true);
      else expect(await mark.textContent()).toBe(f.text);
    }
    // A date inside a promise is a mark inside its mark.
    expect(await panel.locator(`mark[id="finding-${R}:test-commitment:1"] mark[id="finding-${R}:test-date:1"]`).count()).toBe(1);
  });

  it('takes you to the words when you choose a finding, and back when you choose the words', async () => {
    const findings = panel.getByTestId('findings');
    const promise = FOUND[0]!;
    await findings.locator(`[data-finding-id="${promise.id}"]`).click();
    await expect.poll(() => focused(panel)).toEqual({ id: `finding-${promise.id}`, tag: 'mark', text: promise.text });

    // By keyboard: Enter on the words of the concern.
    const concern = FOUND[4]!;
    await findings.locator(`[data-finding-id="${concern.id}"] .finding-quote`).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(panel)).toEqual({ id: `finding-${concern.id}`, tag: 'mark', text: concern.text });

    // Clicking the date's words selects the date in the list.
    const date = FOUND[2]!;
    await panel.locator(`mark[id="finding-${date.id}"]`).click();
    const item = findings.locator(`[data-finding-id="${date.id}"]`);
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    expect((await focused(panel)).tag).toBe('button');
  });

  it('switches to the message as it looked, and back to the text for a finding', async () => {
    await panel.getByRole('button', { name: 'As it looked' }).click();
    expect(await panel.getByTestId('record-text').isVisible()).toBe(false);
    expect(await panel.locator('iframe.message-frame').isVisible()).toBe(true);
    const vague = FOUND[3]!;
    await panel.getByTestId('findings').locator(`[data-finding-id="${vague.id}"]`).click();
    await expect.poll(() => panel.getByTestId('record-text').isVisible()).toBe(true);
    await expect.poll(async () => (await focused(panel)).id).toBe(`finding-${vague.id}`);
  });

  it('copies the question to ask, and says so', async () => {
    const item = panel.getByTestId('findings').locator(`[data-finding-id="${FOUND[3]!.id}"]`);
    // Headless Chromium will write to the clipboard but not read it back: note what is written.
    await panel.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text);
      };
    });
    await item.getByRole('button', { name: 'Copy question' }).click();
    await expect.poll(() => panel.getByTestId('findings-status').textContent()).toMatch(/^Copied/);
    expect(await item.getByRole('button', { name: /Copied/ }).count()).toBe(1);
    expect(await panel.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([(FOUND[3] as { ask: string }).ask]);
  });

  it('says when nothing was found, and shows nothing for a message not read yet', async () => {
    await panel.locator('[data-testid="record-row"][data-record-id="findings-ui-2"]').click();
    await panel.locator('[data-testid="record-view"][data-record-id="findings-ui-2"]').waitFor();
    const none = panel.getByTestId('findings');
    await none.waitFor();
    expect(await none.textContent()).toContain('On Record found no dates, promises or vague wording in this message.');
    // With nothing found, the message opens as it looked.
    expect(await panel.getByTestId('record-text').isVisible()).toBe(false);

    await panel.locator('[data-testid="record-row"][data-record-id="findings-ui-3"]').click();
    await panel.locator('[data-testid="record-view"][data-record-id="findings-ui-3"]').waitFor();
    await panel.waitForTimeout(300);
    expect(await panel.getByTestId('findings').count()).toBe(0);
    expect(h.extensionErrors).toEqual([]);
  });
});
