// What a page may make the background read: every field and the request as a whole are bounded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysePageItems, MAX_ANALYSED_CHARS } from '@/lib/highlight/background/analyse-page-text';
import { handleHighlighterMessage, MAX_REQUEST_CHARS } from '@/lib/highlight/background/handle-highlighter';
import { isAnalysePageTextRequest, MAX_FIELD_CHARS } from '@/lib/protocol/highlighter';
import { knownTab } from '@/lib/highlight/background/known-tabs';
import { OnRecordDatabase } from '@/lib/db/database';
import type { PageTextItem } from '@/lib/protocol/highlighter';
import { guessChild } from '@/lib/plan/assign/guess-child';

vi.mock('@/lib/plan/assign/guess-child', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/plan/assign/guess-child')>();
  return { ...actual, guessChild: vi.fn(actual.guessChild) };
});

function item(overrides: Partial<PageTextItem> = {}): PageTextItem {
  return {
    key: 'm1',
    text: 'Dear Ms Green,\n\nWe will keep an eye on it.\n\nThanks',
    sentAt: '2026-05-11T09:00:00+01:00',
    from: 'Mrs Patel <a.patel@school.sch.uk>',
    subject: 'Leo',
    messageId: 'msg-1',
    ...overrides,
  };
}

let db: OnRecordDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(guessChild).mockClear();
  db = new OnRecordDatabase(`bounds-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the fields of a page’s message', () => {
  it('are refused when longer than any page shows', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const fits = 'x'.repeat(MAX_FIELD_CHARS);
    expect(MAX_FIELD_CHARS).toBe(1_000);
    for (const field of ['key', 'from', 'subject', 'messageId', 'sentAt'] as const) {
      expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: [item({ [field]: fits })] })).toBe(true);
      expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: [item({ [field]: long })] })).toBe(false);
    }
  });
});

describe('the text of a request', () => {
  it('is refused, with an answer, when it totals more than a conversation could hold', async () => {
    const each = Math.ceil((MAX_REQUEST_CHARS + 1) / 4);
    const items = Array.from({ length: 4 }, (_, i) => item({ key: `m${i}`, text: 'a '.repeat(each / 2 + 1) }));
    expect(items.reduce((n, i) => n + i.text.length, 0)).toBeGreaterThan(300_000);
    const message = { type: 'analyse-page-text' as const, items };
    expect(isAnalysePageTextRequest(message)).toBe(true);
    expect(await handleHighlighterMessage(message, { tabId: 5, url: 'https://mail.google.com/mail/u/0/' })).toEqual({
      ok: false,
      error: expect.any(String),
    });
    expect(guessChild).not.toHaveBeenCalled();
    expect(await knownTab(5)).toBeNull();
  });

  it('is cut to the analysis limit before anything reads it, the child guess included', async () => {
    const text = `${item().text}\n\n${'And more. '.repeat(MAX_ANALYSED_CHARS / 10)}`;
    expect(text.length).toBeGreaterThan(MAX_ANALYSED_CHARS);
    const [result] = await analysePageItems(db, [item({ text })]);
    expect(guessChild).toHaveBeenCalledTimes(1);
    expect(vi.mocked(guessChild).mock.calls[0]![0].text).toHaveLength(MAX_ANALYSED_CHARS);
    // Offsets still index the page's own text.
    const eye = result!.findings.find((f) => f.kind === 'vague');
    expect(eye && text.slice(eye.start, eye.end)).toBe('keep an eye on');
  });
});
