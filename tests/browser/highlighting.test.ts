// In-page highlighting in real Chromium: the e2e build has the webmail hosts granted, so opening a
// saved Gmail, Outlook or Yahoo page at its real address runs the highlighter by itself. Marks are
// CSS Custom Highlights (read back as ranges), the card lives in an open shadow root.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from './harness';

/** What these tests call on an extension page's `chrome` global. */
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch();
  // Every page notes its text as it was at load, before any script of ours could run.
  await h.context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __textAtLoad: string }).__textAtLoad = document.body.innerText;
    });
  });
  // The highlighter is registered for the granted webmails once the extension has installed.
  const panel = await h.extensionPage('options.html');
  for (let i = 0; i < 150; i++) {
    const ids = await panel.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    if (ids.includes('on-record-highlighter')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the highlighter was never registered for the granted webmails');
});
afterAll(async () => {
  await h?.close();
});

type Kind = 'vague' | 'commitment' | 'date' | 'concern';

/** The words under each kind of mark, in the page's own highlight registry. */
function marked(page: Page): Promise<Record<Kind, string[]>> {
  return page.evaluate(() => {
    const out = { vague: [], commitment: [], date: [], concern: [] } as Record<string, string[]>;
    for (const kind of Object.keys(out)) {
      const h = CSS.highlights.get(`on-record-${kind}`);
      if (h) for (const r of h) out[kind]!.push((r as Range).toString().replace(/\s+/g, ' ').trim());
    }
    return out as Record<'vague' | 'commitment' | 'date' | 'concern', string[]>;
  });
}

/** Words each saved page must have marked, by kind (as the analysis reads these emails). */
const EXPECTED: Record<string, Partial<Record<Kind, RegExp>>> = {
  'gmail-school-collapsed': { vague: /keep an eye on/, commitment: /send you the updated plan by Friday/ },
  'outlook-message': { date: /Thursday 21 November/ },
  'yahoo-message': { commitment: /short language group with Mrs Okafor/, date: /before half term/ },
};

describe('highlights in the webmail page', () => {
  for (const [fixture, expected] of Object.entries(EXPECTED)) {
    it(`marks the right words in ${fixture}, and leaves the page's text as it was`, async () => {
      const { page, tabId } = await h.openFixture(fixture);
      for (const [kind, words] of Object.entries(expected) as [Kind, RegExp][]) {
        await expect.poll(async () => (await marked(page))[kind].join(' | '), { timeout: 15_000 }).toMatch(words);
      }
      const marks = await marked(page);
      // Every mark is words of the page, and the page's own text is unchanged.
      const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      for (const words of Object.values(marks).flat()) expect(text).toContain(words);
      const atLoad = await page.evaluate(() => (window as unknown as { __textAtLoad?: string }).__textAtLoad);
      expect(atLoad, 'the text at load was recorded').toBeTruthy();
      expect(await page.evaluate(() => document.body.innerText)).toBe(atLoad);
      expect(await page.locator('mark[data-on-record]').count()).toBe(0);

      // The same findings, through the automation message.
      const answer = (await h.sendMessage({ type: 'page-findings', tabId })) as { ok: boolean; findings: { kind: Kind; text: string }[] };
      expect(answer.ok).toBe(true);
      for (const [kind, words] of Object.entries(expected) as [Kind, RegExp][]) {
        expect(answer.findings.filter((f) => f.kind === kind).map((f) => f.text.replace(/\s+/g, ' ')).join(' | ')).toMatch(words);
      }
      expect(answer.findings.length).toBe(Object.values(marks).flat().length);

      // The toolbar badge counts the vague phrases.
      const panel = await h.extensionPage('options.html');
      await expect.poll(() => panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(marks.vague.length ? String(marks.vague.length) : '');
      await page.close();
    });
  }

  it('opens the card by mouse and by keyboard, with why it matters and what to ask', async () => {
    const { page } = await h.openFixture('gmail-school-collapsed');
    await expect.poll(async () => (await marked(page)).vague.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const card = page.locator('on-record-highlighter [role="dialog"]');

    // Mouse: hover the middle of the first vague phrase.
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get('on-record-vague')!][0] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toMatch(/keep an eye on/);
    expect(await card.textContent()).toMatch(/Why it matters/);
    expect(await card.textContent()).toMatch(/You could ask/);
    expect(await card.getByRole('button', { name: /Save this email|Saved/ }).count()).toBe(1);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');

    // Keyboard: the pill's Next button goes to the first mark and moves focus into its card.
    await page.locator('on-record-highlighter').getByRole('button', { name: 'Next mark' }).focus();
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'visible' });
    const focusedInCard = () =>
      page.evaluate(() => {
        const host = document.querySelector('on-record-highlighter');
        const active = host?.shadowRoot?.activeElement;
        return !!active && !!active.closest('[role="dialog"]');
      });
    await expect.poll(focusedInCard).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.close();
  });

  it('saves the email from the card, which then says Saved', async () => {
    const { page } = await h.openFixture('yahoo-message');
    await expect.poll(async () => (await marked(page)).commitment.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const before = (await h.exportBackup()).records.length;
    await page.locator('on-record-highlighter').getByRole('button', { name: 'Next mark' }).click();
    const card = page.locator('on-record-highlighter [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'Save this email' }).click();
    await expect.poll(() => card.getByRole('button', { name: /Saved/ }).count(), { timeout: 10_000 }).toBe(1);
    const records = (await h.exportBackup()).records;
    expect(records.length).toBe(before + 1);
    expect(records.some((r) => r.subject.includes('speech and language referral'))).toBe(true);
    await page.close();
  });

  it('moves the marks when the parent opens another email, never marking the same words twice', async () => {
    const { page } = await h.openFixture('gmail-school-collapsed');
    await expect.poll(async () => (await marked(page)).vague.join(' | '), { timeout: 15_000 }).toMatch(/keep an eye on/);
    const before = await marked(page);
    expect(new Set(before.vague).size).toBe(before.vague.length);
    // Gmail swaps the message in place when another email is opened.
    await page.evaluate(() => {
      const [first, ...rest] = document.querySelectorAll('div.a3s');
      first!.innerHTML = '<div dir="ltr">Dear Ms Bennett,<br><br>Sam will have regular check-ins with Mrs Okafor, and we will monitor his progress.<br><br>Kind regards,<br>Mrs Patel</div>';
      for (const body of rest) (body.closest('[data-message-id], .adn') ?? body).remove();
    });
    await expect.poll(async () => (await marked(page)).vague.join(' | '), { timeout: 15_000 }).toMatch(/monitor/);
    const after = await marked(page);
    expect(after.vague.join(' | ')).toMatch(/regular/);
    // Each phrase once: the new email's words are marked once, whatever the page did to get there.
    expect(new Set(after.vague).size).toBe(after.vague.length);
    expect(after.vague.join(' | ')).not.toMatch(/keep an eye on/);
    expect(after.commitment.join(' | ')).not.toMatch(/send you the updated plan/);
    await page.close();
  });

  it('removes every mark when highlighting is switched off for that webmail', async () => {
    const { page } = await h.openFixture('gmail-school-collapsed');
    await expect.poll(async () => (await marked(page)).vague.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const options = await h.extensionPage('options.html');
    const gmail = options.getByTestId('webmail-gmail');
    await expect.poll(() => gmail.getAttribute('aria-checked')).toBe('true');
    await gmail.click();
    await expect.poll(() => gmail.getAttribute('aria-checked')).toBe('false');
    await expect.poll(async () => Object.values(await marked(page)).flat().length, { timeout: 10_000 }).toBe(0);
    expect(await page.locator('on-record-highlighter').count()).toBe(0);
    // And on again, for the tests after this one.
    await gmail.click();
    await expect.poll(() => gmail.getAttribute('aria-checked')).toBe('true');
    expect(h.extensionRequests()).toEqual([]);
    await page.close();
  });
});
