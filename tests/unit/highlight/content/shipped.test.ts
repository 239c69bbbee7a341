import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHighlighter, type Highlighter } from '../../../../lib/highlight/content/highlighter';
import { HOST_TAG } from '../../../../lib/highlight/content/shell';
import { fakeBackground } from './fakes';
import { fixturePage, wait } from './page';

// The shipped build (MODE 'production'): none of the test builds' doors.
vi.mock('../../../../lib/highlight/content/build-mode', () => ({ TEST_BUILD: false }));

const PHRASES = { "we'll keep an eye on it": 'vague', 'by Friday': 'date' } as const;

const running: Highlighter[] = [];
afterEach(() => {
  for (const h of running.splice(0)) h.stop();
});

async function open(options: Parameters<typeof startHighlighter>[3]) {
  const p = fixturePage('gmail-school-collapsed.html');
  const bg = fakeBackground(PHRASES);
  const events: unknown[] = [];
  p.win.addEventListener('on-record:marked', (e) => events.push(e));
  const marks = vi.fn();
  Object.defineProperty(p.win.performance, 'mark', { value: marks, configurable: true });
  // The closed root, as only the highlighter holds it.
  const attach = vi.spyOn((p.win as unknown as typeof globalThis).Element.prototype, 'attachShadow');
  const h = startHighlighter(p.doc, p.win, bg, { throttleMs: 20, ...options });
  running.push(h);
  await h.settled();
  const root = attach.mock.results[0]?.value as ShadowRoot;
  return { ...p, bg, h, events, marks, root };
}

describe('the shipped highlighter', () => {
  it('keeps its shadow root closed and tells the page nothing, whatever it is asked', async () => {
    const { doc, h, events, marks } = await open({ testHooks: true });
    expect(h.marks().length).toBeGreaterThan(0);
    const host = doc.querySelector(HOST_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(events).toEqual([]);
    expect(marks).not.toHaveBeenCalled();
  });

  it('trusts only event.isTrusted, even when a test says otherwise', async () => {
    const { root, bg } = await open({ trusted: () => true });
    expect(root.mode).toBe('closed');
    const button = (name: string) => Array.from(root.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === name || b.textContent === name)!;
    const card = root.querySelector('[role="dialog"]') as HTMLElement;
    button('Next mark').click(); // untrusted
    expect(card.hidden).toBe(true);
    card.hidden = false;
    button('Save this email').click();
    await wait(0);
    expect(bg.saves).toBe(0);
  });
});
