import { afterEach, describe, expect, it } from 'vitest';
import { startHighlighter, type Highlighter } from '../../../lib/highlight/highlighter';
import { HOST_TAG } from '../../../lib/highlight/shell';
import { fakeBackground } from './fakes';
import { fixturePage, wait } from './page';

const PHRASES = {
  "we'll keep an eye on it": 'vague',
  "I'll send you the updated plan by Friday": 'commitment',
  'by Friday': 'date',
  'before half term': 'date',
  'quiet space': 'concern',
} as const;

const running: Highlighter[] = [];
afterEach(() => {
  for (const h of running.splice(0)) h.stop();
});

async function open(options: Parameters<typeof fakeBackground>[1] = {}) {
  const p = fixturePage('gmail-school-collapsed.html');
  const bg = fakeBackground(PHRASES, options);
  const h = startHighlighter(p.doc, p.win, bg, { throttleMs: 20 });
  running.push(h);
  await h.settled();
  const root = p.doc.querySelector(HOST_TAG)!.shadowRoot!;
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector(sel) as T;
  const button = (name: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;
  return { ...p, bg, h, root, q, button, card: q('[role="dialog"]'), live: q('[aria-live]') };
}

function key(target: Element, k: string) {
  target.dispatchEvent(new target.ownerDocument.defaultView!.KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
}

describe('the pill', () => {
  it('says what was found, and is reached by keyboard', async () => {
    const { q, button, doc } = await open();
    expect(q('.pill').hidden).toBe(false);
    expect(q('.summary').textContent).toBe('On Record: 1 vague phrase, 1 promise, 2 dates, 1 warning');
    const host = doc.querySelector(HOST_TAG) as HTMLElement;
    expect(host.parentElement).toBe(doc.documentElement);
    expect(host.style.getPropertyValue('all')).toBe('initial');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(button('Next mark').tabIndex).toBe(0);
    expect(button('Previous mark')).toBeTruthy();
  });

  it('Next and Previous walk the marks in reading order, open the card and move focus into it', async () => {
    const { button, card, live, root } = await open();
    button('Next mark').click();
    expect(card.hidden).toBe(false);
    expect(root.activeElement).toBe(card);
    expect(card.getAttribute('aria-label')).toBe('On Record: promise');
    expect(live.textContent).toBe('Mark 1 of 5: promise');
    button('Next mark').click();
    expect(live.textContent).toBe('Mark 2 of 5: date');
    expect(card.querySelector('.words')!.textContent).toBe('“by Friday”');
    button('Next mark').click();
    button('Next mark').click();
    button('Next mark').click();
    expect(live.textContent).toBe('Mark 5 of 5: warning');
    button('Next mark').click();
    expect(live.textContent).toBe('Mark 1 of 5: promise');
    button('Previous mark').click();
    expect(live.textContent).toBe('Mark 5 of 5: warning');
  });

  it('Escape closes the card and returns focus to the pill', async () => {
    const { button, card, root } = await open();
    button('Previous mark').click();
    expect(root.activeElement).toBe(card);
    key(card, 'Escape');
    expect(card.hidden).toBe(true);
    expect(root.activeElement).toBe(button('Previous mark'));
  });
});

describe('the card', () => {
  it('shows the kind, the words, why it matters and the question to ask', async () => {
    const { button, card, q } = await open();
    button('Next mark').click(); // the promise
    expect(card.getAttribute('role')).toBe('dialog');
    expect(q('.kind').textContent).toBe('Promise');
    expect(q('.title').textContent).toBe("commitment: I'll send you the updated plan by Friday");
    expect(q('.words').textContent).toBe("“I'll send you the updated plan by Friday”");
    expect(q('.why').textContent).toBe("Why I'll send you the updated plan by Friday matters.");
    expect(q('.ask').textContent).toBe("What does “I'll send you the updated plan by Friday” mean?");
    expect(button('Copy question').hidden).toBe(false);
    button('Next mark').click(); // a date: no question
    expect(q('.ask').hidden).toBe(true);
    expect(button('Copy question').hidden).toBe(true);
  });

  it('copies the question', async () => {
    const { button, win, q } = await open();
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    button('Next mark').click();
    button('Copy question').click();
    await wait(0);
    expect(copied).toEqual(["What does “I'll send you the updated plan by Friday” mean?"]);
    expect(q('[role="status"]').textContent).toBe('Question copied.');
  });

  it('"Save this email" saves, then says Saved', async () => {
    const { button, bg, q } = await open();
    button('Next mark').click();
    const save = button('Save this email');
    expect(save.getAttribute('aria-disabled')).toBe('false');
    save.click();
    await wait(0);
    expect(bg.saves).toBe(1);
    expect(save.textContent).toBe('Saved');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(q('[role="status"]').textContent).toBe('Saved to your record.');
    save.click();
    await wait(0);
    expect(bg.saves).toBe(1);
  });

  it('says Saved from the start when the email is already in the record', async () => {
    const { button, q } = await open({ saved: true });
    button('Next mark').click();
    expect(q('button.primary').textContent).toBe('Saved');
  });

  it('says why saving failed', async () => {
    const { button, q } = await open({ saveError: 'The page could not be read.' });
    button('Next mark').click();
    button('Save this email').click();
    await wait(0);
    expect(q('[role="status"]').textContent).toBe('Could not save: The page could not be read.');
    expect(q('button.primary').textContent).toBe('Save this email');
  });

  it('opens on hover over a mark and closes when the pointer leaves', async () => {
    const { doc, win, card } = await open();
    const mark = doc.querySelector('mark[data-on-record="vague"]')!;
    const move = (target: EventTarget) => target.dispatchEvent(new (win as unknown as typeof globalThis).MouseEvent('mousemove', { bubbles: true, clientX: 10, clientY: 10 }));
    move(mark);
    await wait(40);
    expect(card.hidden).toBe(false);
    expect(card.querySelector('.kind')!.textContent).toBe('Vague wording');
    expect(doc.activeElement).not.toBe(doc.querySelector(HOST_TAG)); // hover does not take focus
    move(doc.body);
    await wait(40);
    expect(card.hidden).toBe(false); // a moment's grace to reach the card
    await wait(450);
    expect(card.hidden).toBe(true);
  });
});
