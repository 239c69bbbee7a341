// Clipping in the cases parents meet: a selected passage, webmail that shows the message in an
// iframe, saving the same email twice, and pages the extension is not allowed to read.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, keyFields, loadExpected } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch();
});
afterAll(async () => {
  await h?.close();
});

/** Selects exactly `phrase` (which must sit in one text node) in the page or one of its frames. */
async function selectPhrase(target: Page | Frame, phrase: string): Promise<string> {
  return target.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + p.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }
    throw new Error(`"${p}" is not in one text node of ${location.href}`);
  }, phrase);
}

/** A sentence from the middle of the expected text: something a parent might select. */
function sentenceFrom(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40 && !s.includes('\n'));
  const sentence = sentences[1] ?? sentences[0];
  if (!sentence) throw new Error('no sentence to select');
  return sentence;
}

describe('a selected passage', () => {
  it('is saved on its own, as just that text', async () => {
    const [email] = loadExpected('generic-webmail');
    const phrase = sentenceFrom(email!.text);
    const { page, tabId, fixture } = await h.openFixture('generic-webmail');
    expect(await selectPhrase(page, phrase)).toBe(phrase);
    const before = (await h.exportBackup()).records.length;

    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true, duplicate: false });
    if (!answer.ok) return;
    expect(answer.recordIds).toHaveLength(1);
    const records = (await h.exportBackup()).records;
    expect(records).toHaveLength(before + 1);
    const saved = records.find((r) => r.id === answer.recordIds[0])!;
    expect(saved).toMatchObject({ kind: 'selection', adapter: 'selection', text: phrase, url: fixture.url });
    await page.close();
  });
});

describe('a selection that takes in an image', () => {
  it('is saved without loading the image (a tracking pixel must not fire again)', async () => {
    const { page, tabId } = await h.openFixture('generic-webmail');
    // The whole message body, which ends in the sender's 1×1 tracking image.
    const selected = await page.evaluate(() => {
      const body = document.querySelector('[aria-label="Message body"]')!;
      if (!body.querySelector('img')) throw new Error('the fixture no longer has an image in its body');
      const range = document.createRange();
      range.selectNodeContents(body);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return document.getSelection()!.toString();
    });
    const mark = h.mark();
    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    const saved = (await h.exportBackup()).records.find((r) => r.id === answer.recordIds[0])!;
    expect(saved.kind).toBe('selection');
    expect(saved.text).toContain(selected.trim().split('\n')[0]!.trim());
    expect(h.requestsSince(mark).map((r) => r.url)).toEqual([]);
    await page.close();
  });
});

describe('webmail that shows the message in an iframe', () => {
  it('reads the message from the same-origin frame document', async () => {
    const [email] = loadExpected('roundcube-iframe');
    const { page, tabId, fixture } = await h.openFixture('roundcube-iframe');
    // The message really is a separate document, loaded from its own address.
    const frameUrl = fixture.frames[0]!.url;
    const frame = page.frames().find((f) => f.url() === frameUrl);
    expect(frame, `a frame at ${frameUrl}`).toBeDefined();
    expect(await page.locator('iframe[srcdoc]').count()).toBe(0);
    const probe = email!.text.split('\n').find((l) => l.length > 40)!;
    expect(await frame!.evaluate((p) => document.body.textContent!.replace(/\s+/g, ' ').includes(p), probe)).toBe(true);
    expect(await page.evaluate((p) => document.body.textContent!.replace(/\s+/g, ' ').includes(p), probe)).toBe(false);

    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    const saved = (await h.exportBackup()).records.filter((r) => answer.recordIds.includes(r.id));
    expect(saved.map(keyFields)).toEqual([keyFields(email!)]);

    // A passage selected inside the frame is found there too.
    const phrase = sentenceFrom(email!.text);
    expect(await selectPhrase(frame!, phrase)).toBe(phrase);
    const passage = await h.clip(tabId);
    expect(passage).toMatchObject({ ok: true, duplicate: false });
    if (!passage.ok) return;
    const selection = (await h.exportBackup()).records.find((r) => r.id === passage.recordIds[0]);
    expect(selection).toMatchObject({ kind: 'selection', text: phrase, url: fixture.url });
    await page.close();
  });
});

describe('saving the same thing twice', () => {
  it('keeps one copy of an email and says it is already saved', async () => {
    const { page, tabId } = await h.openFixture('arbor-message');
    const first = await h.clip(tabId);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    const countAfterFirst = (await h.exportBackup()).records.length;

    const second = await h.clip(tabId);
    expect(second).toEqual({ ok: true, duplicate: true, recordIds: first.ok ? first.recordIds : [] });

    // After the webmail re-renders the page, it is still the same message.
    await page.reload();
    const third = await h.clip(tabId);
    expect(third).toEqual(second);

    const records = (await h.exportBackup()).records;
    expect(records).toHaveLength(countAfterFirst);
    const [expected] = loadExpected('arbor-message');
    expect(records.filter((r) => r.messageId === expected!.messageId)).toHaveLength(1);
    await page.close();
  });

  it('keeps one copy of a page with no message id (same text, same kind)', async () => {
    const { page, tabId } = await h.openFixture('tapestry-observation');
    const first = await h.clip(tabId);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    const count = (await h.exportBackup()).records.length;
    const second = await h.clip(tabId);
    expect(second).toEqual({ ok: true, duplicate: true, recordIds: first.ok ? first.recordIds : [] });
    expect((await h.exportBackup()).records).toHaveLength(count);
    await page.close();
  });
});

describe('pages the extension may not read', () => {
  it.each([
    ['a browser page', 'chrome://version'],
    ['a data: URL', 'data:text/html,<title>Note</title><p>We will keep an eye on it.</p>'],
  ])('%s gives a clear error and saves nothing', async (_what, url) => {
    const before = await h.exportBackup();
    const { page, tabId } = await h.openUrl(url);
    const answer = await h.clip(tabId);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toMatch(/can’t read this page/);
    const after = await h.exportBackup();
    expect(after.records).toEqual(before.records);
    await page.close();
  });

  it('a tab that does not exist gives an error and saves nothing', async () => {
    const before = await h.exportBackup();
    const answer = await h.clip(987_654_321);
    expect(answer).toMatchObject({ ok: false });
    expect((await h.exportBackup()).records).toEqual(before.records);
  });
});

describe('the network', () => {
  it('was never used by the extension in any of the above', () => {
    expect(h.extensionRequests()).toEqual([]);
  });
});
