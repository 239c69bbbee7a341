import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysePageItems } from '@/lib/highlight/background/analyse-page-text';
import { VAGUE_BADGE_COLOUR } from '@/lib/highlight/background/badge';
import { handleHighlighterMessage } from '@/lib/highlight/background/handle-highlighter';
import { isAnalysePageTextRequest } from '@/lib/protocol/highlighter';
import { knownTab } from '@/lib/highlight/background/known-tabs';
import { OnRecordDatabase } from '@/lib/db/database';
import type { PageTextItem } from '@/lib/protocol/highlighter';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { saveCalendar } from '@/lib/db/repositories/calendars';
import { saveChild } from '@/lib/db/repositories/children';
import { blankChild } from '@/lib/model/child';
import { makeItem } from '../../make-item';

const TEXT = `Dear Ms Green,

Thank you for coming in. We will keep an eye on Leo and review things as needed. Mrs Patel will send the new plan by Friday 15 May. We will try to arrange some support soon. The meeting is on Tuesday 3/4. If it carries on, we may have to send him home early at lunchtimes.

Kind regards,
Mrs Patel
SENCo`;

function item(overrides: Partial<PageTextItem> = {}): PageTextItem {
  return {
    key: 'm1',
    text: TEXT,
    sentAt: '2026-05-11T09:00:00+01:00',
    from: 'Mrs Anita Patel <a.patel@oakfield-primary.sch.uk>',
    subject: 'Leo',
    messageId: 'msg-1',
    ...overrides,
  };
}

let db: OnRecordDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new OnRecordDatabase(`page-text-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('analysing the messages open in a page', () => {
  it('finds every kind, with offsets that index the page’s text exactly', async () => {
    const [result] = await analysePageItems(db, [item()]);
    const findings = result!.findings;
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['vague', 'commitment', 'date', 'concern']));
    for (const f of findings) expect(TEXT.slice(f.start, f.end)).toBe(f.text);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(result!.key).toBe('m1');
  });

  it('explains each finding in plain English', async () => {
    const [result] = await analysePageItems(db, [item()]);
    const findings = result!.findings;
    const promise = findings.find((f) => f.kind === 'commitment' && f.text.startsWith('Mrs Patel will send'));
    expect(promise).toMatchObject({
      title: 'Promise by Mrs Patel, due Friday 15 May 2026',
      why: 'This is a promise you can hold them to. Note when it is due and check it happened.',
      ask: null,
    });
    const eye = findings.find((f) => f.kind === 'vague' && f.text === 'keep an eye on');
    expect(eye).toMatchObject({ title: 'Vague wording: monitoring', why: expect.stringContaining('Keeping an eye on'), ask: expect.stringMatching(/\?$/) });
    const friday = findings.find((f) => f.kind === 'date' && f.text === 'by Friday 15 May');
    expect(friday).toMatchObject({ title: 'Date: Friday 15 May 2026', why: '“by Friday 15 May” is Friday 15 May 2026.' });
    const clash = findings.find((f) => f.kind === 'date' && f.text.includes('3/4'));
    expect(clash).toMatchObject({ title: 'Date: check this day', why: expect.stringContaining('is a Friday'), ask: expect.any(String) });
    const home = findings.find((f) => f.kind === 'concern' && f.text === 'send him home');
    expect(home).toMatchObject({ title: 'Thing to watch: Exclusion', why: expect.stringContaining('exclusion'), ask: null });
    const hedged = findings.find((f) => f.kind === 'commitment' && f.text.startsWith('We will try'));
    expect(hedged).toMatchObject({ title: 'Promise by the school, no date given', why: expect.stringContaining('hedged'), ask: expect.any(String) });
  });

  it('says which messages are already saved, by the webmail’s message id', async () => {
    await saveCaptured(db, [makeItem({ messageId: 'msg-1' })]);
    const results = await analysePageItems(db, [item(), item({ key: 'm2', messageId: 'msg-2' }), item({ key: 'm3', messageId: null })]);
    expect(results.map((r) => [r.key, r.saved])).toEqual([
      ['m1', true],
      ['m2', false],
      ['m3', false],
    ]);
  });

  it('reads a message with no sent date from today', async () => {
    const text = 'Dear Ms Green,\n\nI will call you tomorrow.\n\nThanks';
    const now = new Date('2026-03-04T10:00:00Z'); // a Wednesday
    const [result] = await analysePageItems(db, [item({ text, sentAt: null })], now);
    expect(result!.findings.find((f) => f.kind === 'date')).toMatchObject({ text: 'tomorrow', title: 'Date: Thursday 5 March 2026' });
  });

  it('resolves term words with the term dates of the child the message is about, and only then', async () => {
    const text = 'Dear Ms Green,\n\nI will send you Amelia’s updated plan before half term.\n\nKind regards,';
    const from = 'Mrs Patel <senco@stmarys.sch.uk>';
    const before = await analysePageItems(db, [item({ text, from, sentAt: '2026-10-05T09:00:00+01:00', messageId: null })]);
    expect(before[0]!.findings.find((f) => f.kind === 'commitment')?.title).toBe('Promise by Mrs Patel, no date given');
    expect(before[0]!.findings.find((f) => f.kind === 'date')?.why).toMatch(/term dates/);

    const calendar = await saveCalendar(
      db,
      { name: 'St Mary’s', terms: [{ name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' }] },
      'manual',
    );
    await saveChild(db, { ...blankChild(), name: 'Amelia Green', schoolSenders: ['stmarys.sch.uk'], calendarId: calendar.id });
    const after = await analysePageItems(db, [item({ text, from, sentAt: '2026-10-05T09:00:00+01:00', messageId: null })]);
    expect(after[0]!.findings.find((f) => f.kind === 'commitment')?.title).toBe('Promise by Mrs Patel, due Friday 23 October 2026');
  });

  it('gives an empty message no findings', async () => {
    expect(await analysePageItems(db, [item({ text: '  ' })])).toEqual([{ key: 'm1', findings: [], saved: false }]);
  });
});

describe('the highlighter’s request', () => {
  it('is checked before it is read', () => {
    expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: [item()] })).toBe(true);
    expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: [] })).toBe(true);
    expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: [{ ...item(), text: 4 }] })).toBe(false);
    expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: [{ ...item(), sentAt: undefined }] })).toBe(false);
    expect(isAnalysePageTextRequest({ type: 'analyse-page-text', items: Array.from({ length: 201 }, () => item()) })).toBe(false);
    expect(isAnalysePageTextRequest({ type: 'analyse-page-text' })).toBe(false);
  });

  it('sets the tab’s badge to the vague phrases the highlighter counts in everything open, in amber', async () => {
    const page = 'https://mail.google.com/mail/u/0/#inbox/FMfcg';
    const answer = await handleHighlighterMessage(
      { type: 'analyse-page-text', items: [item(), item({ key: 'm2', text: 'Dear Ms Green,\n\nWe will monitor it.\n\nThanks' })] },
      { tabId: 12, url: page },
    );
    expect(answer.ok).toBe(true);
    const results = (answer as { results: { findings: { kind: string }[] }[] }).results;
    const vague = results.flatMap((r) => r.findings).filter((f) => f.kind === 'vague').length;
    expect(vague).toBeGreaterThan(1);
    // The analysis may cover only a message just expanded: the badge and its stored count wait for
    // the page's own count.
    expect(await knownTab(12)).toEqual({ url: page, vague: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('');

    await handleHighlighterMessage({ type: 'highlighter-count', vague: vague + 3 }, { tabId: 12, url: page });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe(String(vague + 3));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 12 })).toEqual([0x8a, 0x46, 0x00, 255]);
    expect(VAGUE_BADGE_COLOUR).not.toBe('#0b6e4f');
    expect(await knownTab(12)).toEqual({ url: page, vague: vague + 3 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 13 })).toBe('');

    // Back to the inbox: no message open, no number.
    await handleHighlighterMessage({ type: 'highlighter-count', vague: 0 }, { tabId: 12, url: page });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('');
  });
});
