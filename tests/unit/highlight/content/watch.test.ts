import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteFor } from '../../../../lib/sites/highlight-sites';
import { watchPage, type WatchChange, type Watcher } from '../../../../lib/highlight/content/watch';
import { page } from './page';

// When the watcher looks at the page, on fake timers: the page's clock (performance.now) is the
// faked one, and frames are either none (jsdom without them: a timer of about one frame) or ours.

const THROTTLE = 250;

let watchers: Watcher[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const w of watchers) w.stop();
  watchers = [];
  vi.useRealTimers();
});

function setUp(html: string, url: string, frames: 'none' | 'manual' = 'none') {
  const p = page(html, url);
  Object.defineProperty(p.win, 'performance', { value: performance, configurable: true });
  const pending: FrameRequestCallback[] = [];
  Object.defineProperty(p.win, 'requestAnimationFrame', {
    value: frames === 'none' ? undefined : (cb: FrameRequestCallback) => pending.push(cb),
    configurable: true,
  });
  Object.defineProperty(p.win, 'cancelAnimationFrame', { value: frames === 'none' ? undefined : () => undefined, configurable: true });
  const changes: Array<{ at: number; change: WatchChange }> = [];
  const w = watchPage(p.doc, p.win, {
    site: siteFor(new URL(url)),
    throttleMs: THROTTLE,
    onChange: (change) => changes.push({ at: performance.now(), change }),
  });
  watchers.push(w);
  const start = performance.now();
  w.scan();
  const frame = () => {
    for (const cb of pending.splice(0)) cb(performance.now());
  };
  /** Each look, as: ms since the start, and the texts it read. */
  const looks = () => changes.map(({ at, change }) => [Math.round(at - start), change.added.map((e) => e.map.text)]);
  return { ...p, w, changes, looks, frame, start };
}

function gmail(text: string) {
  return `<!DOCTYPE html><html><body><div role="main"><div class="adn ads" data-legacy-message-id="m1"><div class="ii gt"><div class="a3s aiL"><div id="b">${text}</div></div></div></div></div></body></html>`;
}
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/abc';

/** Lets the MutationObserver deliver (a microtask), then moves the clock on. */
async function after(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('looking at the page: leading edge, then at most once per throttle', () => {
  it('reads an email opened after a quiet spell on the next frame, not after the throttle', async () => {
    const { doc, looks, frame } = setUp(gmail('First.'), GMAIL, 'manual');
    expect(looks()).toEqual([[0, ['First.']]]);
    await after(1000);
    doc.getElementById('b')!.textContent = 'Second email.';
    await after(5);
    expect(looks()).toHaveLength(1); // waits for the frame…
    frame();
    expect(looks()).toEqual([[0, ['First.']], [1005, ['Second email.']]]); // …and no longer
  });

  it('without frames, reads it about one frame later', async () => {
    const { doc, looks } = setUp(gmail('First.'), GMAIL);
    await after(1000);
    doc.getElementById('b')!.textContent = 'Second email.';
    await after(15);
    expect(looks()).toHaveLength(1);
    await after(1);
    expect(looks()).toEqual([[0, ['First.']], [1016, ['Second email.']]]);
  });

  it('with frames, still reads it where no frame comes (a hidden tab), after the throttle', async () => {
    const { doc, looks } = setUp(gmail('First.'), GMAIL, 'manual');
    await after(1000);
    doc.getElementById('b')!.textContent = 'Second email.';
    await after(THROTTLE);
    expect(looks()).toEqual([[0, ['First.']], [1250, ['Second email.']]]);
  });

  it('gathers the changes made within the throttle of a look into one look after it', async () => {
    const { doc, looks } = setUp(gmail('First.'), GMAIL);
    await after(1000);
    const b = doc.getElementById('b')!;
    b.textContent = 'Dear Ms Bennett,';
    await after(16); // read at once (1016): the email as it is so far
    for (const [i, text] of ['Dear Ms Bennett, Sam', 'Dear Ms Bennett, Sam will', 'Dear Ms Bennett, Sam will join.'].entries()) {
      b.textContent = text;
      await after(i === 2 ? 0 : 50);
    }
    await after(100); // 1216: still within the throttle of the look at 1016
    expect(looks().map(([at]) => at)).toEqual([0, 1016]);
    await after(50); // 1266: one look for all of them, with the text as it settled
    expect(looks()).toEqual([
      [0, ['First.']],
      [1016, ['Dear Ms Bennett,']],
      [1266, ['Dear Ms Bennett, Sam will join.']],
    ]);
  });

  it('reads a body again only when its text changed, however often the page changes around it', async () => {
    const { doc, looks, changes } = setUp(gmail('First.'), GMAIL);
    for (let i = 0; i < 10; i++) {
      doc.body.appendChild(doc.createElement('div')).textContent = `noise ${i}`;
      await after(100);
    }
    const b = doc.getElementById('b')!;
    b.textContent = 'Changed.';
    await after(300);
    b.textContent = 'Changed.'; // new nodes, the same text
    await after(300);
    // The noise kept the page looked at every 250 ms, so the change at 1000 waits for 1250. The
    // same text in new nodes is read (its marks must move) under the same key: the highlighter
    // draws it from what it already knows, without asking for it again.
    expect(looks()).toEqual([[0, ['First.']], [1250, ['Changed.']], [1500, ['Changed.']]]);
    const keys = changes.map((c) => c.change.added[0]?.key);
    expect(keys[2]).toBe(keys[1]);
  });
});

describe('a live page (not a webmail)', () => {
  it('reads a body whose text keeps changing at most once every 3 seconds', async () => {
    const { doc, looks } = setUp('<!DOCTYPE html><html><body><main><p id="t">0</p></main></body></html>', 'https://school.example/live');
    const t = doc.getElementById('t')!;
    for (let i = 1; i <= 70; i++) {
      t.textContent = `Score ${i}`;
      await after(100);
    }
    // 7 s of a change every 100 ms: read at the start, then at 3 s and at 6 s.
    expect(looks()).toEqual([[0, ['0']], [3000, ['Score 30']], [6000, ['Score 60']]]);
    await after(3000);
    expect(looks().at(-1)).toEqual([9000, ['Score 70']]);
  });
});
