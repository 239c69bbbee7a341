import { afterEach, describe, expect, it } from 'vitest';
import { startHighlighter, type Highlighter } from '../../../../lib/highlight/content/highlighter';
import { HOST_TAG } from '../../../../lib/highlight/content/shell';
import { fakeBackground, withAdoptedSheets, withHighlightApi } from './fakes';
import { fixturePage, page, wait } from './page';

const PHRASES = {
  "we'll keep an eye on it": 'vague',
  "I'll send you the updated plan by Friday": 'commitment',
  'by Friday': 'date',
  'before half term': 'date',
  'quiet space': 'concern',
} as const;

const running: Highlighter[] = [];
function start(...args: Parameters<typeof startHighlighter>): Highlighter {
  const h = startHighlighter(...args);
  running.push(h);
  return h;
}
afterEach(() => {
  for (const h of running.splice(0)) h.stop();
});

const THROTTLE = 20;

function gmailMessage(id: string, text: string): string {
  return `<div class="adn ads" data-legacy-message-id="${id}"><div class="gE"><span class="gD" email="a.patel@oakfield.sch.uk" name="Mrs Anita Patel">Mrs Anita Patel</span><span class="g3" title="Wed, 13 May 2026, 23:02">13 May</span></div><div class="ii gt"><div class="a3s aiL"><div dir="ltr">${text}</div></div></div></div>`;
}
function gmailPage(messages: string) {
  return page(`<!DOCTYPE html><html><head><title>Sam - Gmail</title></head><body><div role="main"><h2 class="hP">Sam – plan</h2><div id="thread">${messages}</div></div></body></html>`, 'https://mail.google.com/mail/u/0/#inbox/abc');
}

describe('the highlighter in a saved Gmail page', () => {
  it('asks once for the open messages and marks what comes back', async () => {
    const { doc, win } = fixturePage('gmail-school-collapsed.html');
    const bg = fakeBackground(PHRASES);
    const textBefore = doc.body.textContent;
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    expect(h.mode).toBe('wrap');
    await h.settled();
    expect(bg.requests).toHaveLength(1);
    const items = bg.requests[0]!;
    expect(items.map((i) => i.messageId)).toEqual(['18f5a1b2c3d40103', '18f5a1b2c3d40104']);
    expect(items[0]).toMatchObject({ from: 'Mrs Anita Patel <a.patel@oakfield.sch.uk>', sentAt: '2026-05-13T23:02:00+01:00', subject: 'Sam – SEN Support plan and phonics group' });
    expect(h.findings().findings.map((f) => [f.kind, f.text])).toEqual([
      ['commitment', "I'll send you the updated plan by Friday"],
      ['date', 'by Friday'],
      ['date', 'before half term'],
      ['vague', "we'll keep an eye on it"],
      ['concern', 'quiet space'],
    ]);
    expect(h.marks()).toHaveLength(5);
    // The promise is wrapped in two pieces around the date inside it.
    expect(doc.querySelectorAll('mark[data-on-record]').length).toBe(6);
    expect(doc.body.textContent).toBe(textBefore);
    // Our own wrapping is not a change in the page: nothing is asked again.
    await wait(THROTTLE * 3);
    expect(bg.requests).toHaveLength(1);
  });

  it('with the highlight API, draws without touching the DOM', async () => {
    const { doc, win } = fixturePage('gmail-school-collapsed.html');
    const registry = withHighlightApi(win);
    withAdoptedSheets(win);
    const bg = fakeBackground(PHRASES);
    const bodyHtml = doc.body.innerHTML;
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    expect(h.mode).toBe('highlights');
    await h.settled();
    expect(registry.get('on-record-date')!.size).toBe(2);
    expect(doc.body.innerHTML).toBe(bodyHtml); // the pill's host sits on <html>, outside the body
    expect(doc.documentElement.lastElementChild!.tagName.toLowerCase()).toBe(HOST_TAG);
  });

  it('says how long marking took, as an event and a performance mark (test builds)', async () => {
    const { doc, win } = fixturePage('gmail-school-collapsed.html');
    const seen: Array<{ key: string; count: number; ms: number }> = [];
    const marked: string[] = [];
    Object.defineProperty(win.performance, 'mark', { value: (name: string) => marked.push(name), configurable: true });
    win.addEventListener('on-record:marked', (e) => seen.push((e as CustomEvent).detail));
    const h = start(doc, win, fakeBackground(PHRASES), { throttleMs: THROTTLE });
    await h.settled();
    expect(seen.map((s) => s.count)).toEqual([4, 1]);
    expect(seen.every((s) => s.ms >= 0 && s.key.startsWith('gmail:18f5a1b2c3d4010'))).toBe(true);
    expect(marked).toEqual(['on-record:marked', 'on-record:marked']);
  });

  it('tells the page nothing when acting as the shipped build', async () => {
    const { doc, win } = fixturePage('gmail-school-collapsed.html');
    const seen: unknown[] = [];
    win.addEventListener('on-record:marked', (e) => seen.push(e));
    const h = start(doc, win, fakeBackground(PHRASES), { throttleMs: THROTTLE, testHooks: false });
    await h.settled();
    expect(h.marks()).toHaveLength(5);
    expect(seen).toEqual([]);
  });
});

describe('following the webmail as it changes', () => {
  it('reads the same body once, however often the page changes around it', async () => {
    const { doc, win } = gmailPage(gmailMessage('m1', 'We will review it before half term.'));
    const bg = fakeBackground(PHRASES);
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    for (let i = 0; i < 5; i++) doc.body.appendChild(doc.createElement('div')).textContent = `noise ${i}`;
    await wait(THROTTLE * 3);
    h.scan();
    await h.settled();
    expect(bg.requests).toHaveLength(1);
    expect(h.findings().findings).toHaveLength(1);
  });

  it('analyses only the message that expands in a conversation', async () => {
    const { doc, win } = gmailPage(gmailMessage('m1', 'We will review it before half term.'));
    const bg = fakeBackground(PHRASES);
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    doc.getElementById('thread')!.insertAdjacentHTML('beforeend', gmailMessage('m2', "Thanks. I'll send you the updated plan by Friday."));
    await wait(THROTTLE * 3);
    await h.settled();
    expect(bg.requests.map((r) => r.map((i) => i.messageId))).toEqual([['m1'], ['m2']]);
    expect(h.findings().findings.map((f) => f.text)).toEqual(['before half term', "I'll send you the updated plan by Friday", 'by Friday']);
  });

  it('drops the old marks when the parent opens another email, and marks the new one', async () => {
    const { doc, win } = gmailPage(gmailMessage('m1', 'We will review it before half term.'));
    const bg = fakeBackground(PHRASES);
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    const old = h.marks()[0]!;
    doc.getElementById('thread')!.innerHTML = gmailMessage('m9', "We'll keep an eye on it.");
    await wait(THROTTLE * 3);
    await h.settled();
    expect(old.elements[0]!.isConnected).toBe(false);
    expect(h.marks()).not.toContain(old);
    expect(h.findings().findings.map((f) => f.text)).toEqual([]); // the fake background matches case: "We'll" is not "we'll"
    doc.getElementById('thread')!.innerHTML = gmailMessage('m10', "Mr Hughes said we'll keep an eye on it.");
    await wait(THROTTLE * 3);
    await h.settled();
    expect(h.findings().findings.map((f) => [f.kind, f.text])).toEqual([['vague', "we'll keep an eye on it"]]);
    expect(bg.requests.map((r) => r.map((i) => i.messageId))).toEqual([['m1'], ['m9'], ['m10']]);
  });

  it('going back to an email already read draws it again without asking', async () => {
    const first = gmailMessage('m1', 'We will review it before half term.');
    const { doc, win } = gmailPage(first);
    const bg = fakeBackground(PHRASES);
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    doc.getElementById('thread')!.innerHTML = gmailMessage('m2', 'Nothing here.');
    await wait(THROTTLE * 3);
    await h.settled();
    doc.getElementById('thread')!.innerHTML = first;
    await wait(THROTTLE * 3);
    await h.settled();
    expect(bg.requests).toHaveLength(2);
    expect(h.findings().findings.map((f) => f.text)).toEqual(['before half term']);
    expect(doc.querySelectorAll('mark').length).toBe(1);
  });

  it('reads a message again when its text changes (trimmed content shown)', async () => {
    const { doc, win } = gmailPage(gmailMessage('m1', 'We will review it before half term.'));
    const bg = fakeBackground(PHRASES);
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    doc.querySelector('.a3s div')!.insertAdjacentHTML('beforeend', "<div>Meanwhile we'll keep an eye on it.</div>");
    await wait(THROTTLE * 3);
    await h.settled();
    expect(bg.requests).toHaveLength(2);
    expect(h.findings().findings.map((f) => f.text)).toEqual(['before half term', "we'll keep an eye on it"]);
    expect(doc.querySelectorAll('mark').length).toBe(2);
    expect(doc.querySelector('.a3s')!.textContent).toBe("We will review it before half term.Meanwhile we'll keep an eye on it.");
  });
});

describe('talking to the background', () => {
  it('says hello at once, even on a page with no message open, and then only when the count changes', async () => {
    const { doc, win } = gmailPage('');
    const bg = fakeBackground(PHRASES);
    const sent: unknown[] = [];
    const h = start(doc, win, { ...bg, send: (m) => (sent.push(m), bg.send(m)), onMessage: bg.onMessage }, { throttleMs: THROTTLE });
    await h.settled();
    await wait(0);
    expect(sent).toEqual([{ type: 'highlighter-count', vague: 0 }]);
    doc.getElementById('thread')!.innerHTML = gmailMessage('m1', 'We will review it before half term.');
    await wait(THROTTLE * 3);
    await h.settled();
    await wait(0);
    expect(sent.filter((m) => (m as { type: string }).type === 'highlighter-count')).toEqual([{ type: 'highlighter-count', vague: 0 }]);
    doc.getElementById('thread')!.innerHTML = gmailMessage('m2', "Mr Hughes said we'll keep an eye on it.");
    await wait(THROTTLE * 3);
    await h.settled();
    await wait(0);
    expect(sent.filter((m) => (m as { type: string }).type === 'highlighter-count')).toEqual([
      { type: 'highlighter-count', vague: 0 },
      { type: 'highlighter-count', vague: 1 },
    ]);
  });

  it('remembers only the last messages it read (no growing for ever)', async () => {
    const texts = ['We will review it before half term.', "Mr Hughes said we'll keep an eye on it.", 'See you before half term.'];
    const { doc, win } = gmailPage(gmailMessage('m0', texts[0]!));
    const bg = fakeBackground(PHRASES);
    const h = start(doc, win, bg, { throttleMs: THROTTLE, cacheSize: 2 });
    await h.settled();
    const openEmail = async (i: number) => {
      doc.getElementById('thread')!.innerHTML = gmailMessage(`m${i}`, texts[i]!);
      await wait(THROTTLE * 3);
      await h.settled();
    };
    await openEmail(1);
    await openEmail(0); // still remembered: drawn without asking
    expect(bg.requests.map((r) => r.map((i) => i.messageId))).toEqual([['m0'], ['m1']]);
    await openEmail(2); // m1 is now the oldest, and forgotten
    await openEmail(1);
    expect(bg.requests.map((r) => r.map((i) => i.messageId))).toEqual([['m0'], ['m1'], ['m2'], ['m1']]);
    expect(h.findings().findings.map((f) => f.text)).toEqual(["we'll keep an eye on it"]);
  });

  it('answers highlighter-page-findings with every mark drawn', async () => {
    const { doc, win } = fixturePage('yahoo-message.html');
    const bg = fakeBackground({ 'on Tuesday afternoons': 'date', 'We will look at how he is getting on': 'vague' });
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    const answer = bg.tell({ type: 'highlighter-page-findings' }) as { findings: Array<{ key: string; kind: string; text: string }> };
    expect(answer.findings.map((f) => [f.kind, f.text])).toEqual([
      ['date', 'on Tuesday afternoons'],
      ['vague', 'We will look at how he is getting on'],
    ]);
    expect(answer.findings[0]!.key).toMatch(/^yahoo:12345:/);
    expect(bg.tell({ type: 'something-else' })).toBeUndefined();
  });

  it('highlighter-off removes every mark, the card and pill, and stops watching', async () => {
    const { doc, win } = fixturePage('gmail-school-collapsed.html');
    const bg = fakeBackground(PHRASES);
    const before = doc.documentElement.outerHTML;
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    expect(doc.querySelector(HOST_TAG)).not.toBeNull();
    expect(bg.tell({ type: 'highlighter-off' })).toEqual({ ok: true });
    expect(h.running).toBe(false);
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.querySelector(HOST_TAG)).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(bg.listeners).toBe(0);
    doc.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', gmailMessage('m5', "We'll see."));
    await wait(THROTTLE * 3);
    expect(bg.requests).toHaveLength(1);
  });

  it('highlighter-off with the highlight API unregisters the highlights', async () => {
    const { doc, win } = fixturePage('outlook-message.html');
    const registry = withHighlightApi(win);
    const sheets = withAdoptedSheets(win);
    const bg = fakeBackground({ by: 'date' });
    const h = start(doc, win, bg, { throttleMs: THROTTLE });
    await h.settled();
    expect(registry.size).toBe(4);
    expect(sheets.sheets().length).toBeGreaterThan(0);
    bg.tell({ type: 'highlighter-off' });
    expect(registry.size).toBe(0);
    expect(sheets.sheets()).toHaveLength(0);
    expect(h.marks()).toEqual([]);
  });

  it('tries again later when the analysis fails, at most twice', async () => {
    const { doc, win } = gmailPage(gmailMessage('m1', 'We will review it before half term.'));
    let calls = 0;
    const h = start(doc, win, {
      send: async (message) => {
        if (message.type === 'analyse-page-text') calls++;
        return { ok: false, error: 'busy' };
      },
      onMessage: () => () => {},
    }, { throttleMs: THROTTLE });
    await h.settled();
    for (let i = 0; i < 4; i++) {
      doc.body.appendChild(doc.createElement('div'));
      await wait(THROTTLE * 3);
      await h.settled();
    }
    expect(calls).toBe(2);
    expect(h.marks()).toEqual([]);
  });

  it('stops by itself when the extension behind it has gone', async () => {
    const { doc, win } = gmailPage(gmailMessage('m1', 'We will review it before half term.'));
    let stopped = false;
    const h = start(doc, win, {
      send: async () => {
        throw new Error('Extension context invalidated.');
      },
      onMessage: () => () => {},
      alive: () => false,
    }, { throttleMs: THROTTLE, onStop: () => (stopped = true) });
    await h.settled();
    expect(stopped).toBe(true);
    expect(h.running).toBe(false);
  });
});
