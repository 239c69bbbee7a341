import { afterEach, describe, expect, it } from 'vitest';
import { startHighlighter, type Highlighter, type HighlighterOptions } from '../../../../lib/highlight/content/highlighter';
import { HOST_TAG } from '../../../../lib/highlight/content/shell';
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

/**
 * jsdom's events are all untrusted (a page script's, to the highlighter): these tests stand in for
 * the parent by trusting every event, except where they say otherwise.
 */
async function open(options: Parameters<typeof fakeBackground>[1] = {}, highlighter: HighlighterOptions = { trusted: () => true }) {
  const p = fixturePage('gmail-school-collapsed.html');
  const bg = fakeBackground(PHRASES, options);
  const h = startHighlighter(p.doc, p.win, bg, { throttleMs: 20, ...highlighter });
  running.push(h);
  await h.settled();
  const root = p.doc.querySelector(HOST_TAG)!.shadowRoot!;
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector(sel) as T;
  const button = (name: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;
  return { ...p, bg, h, root, q, button, card: q('[role="dialog"]'), live: q('[aria-live]') };
}

function key(target: Element, k: string, type: 'keydown' | 'keyup' | 'keypress' = 'keydown') {
  target.dispatchEvent(new target.ownerDocument.defaultView!.KeyboardEvent(type, { key: k, bubbles: true, composed: true }));
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

describe('only the parent works the card and the pill', () => {
  it('ignores clicks a page script makes (untrusted), and answers the parent’s', async () => {
    const { button, card, bg, h } = await open({}, {}); // the real check: event.isTrusted
    button('Next mark').click(); // jsdom: untrusted, as a page script's .click()
    expect(card.hidden).toBe(true);
    // Even with the card open, a made-up click on Save saves nothing.
    card.hidden = false;
    const [mark] = h.marks();
    expect(mark).toBeTruthy();
    button('Save this email').click();
    button('Copy question').click();
    await wait(0);
    expect(bg.saves).toBe(0);
  });

  it('ignores a made-up mousemove over a mark', async () => {
    const { doc, win, card } = await open({}, {});
    const mark = doc.querySelector('mark[data-on-record="vague"]')!;
    mark.dispatchEvent(new (win as unknown as typeof globalThis).MouseEvent('mousemove', { bubbles: true, clientX: 10, clientY: 10 }));
    await wait(40);
    expect(card.hidden).toBe(true);
  });
});

describe('the shadow root', () => {
  it('is open in test builds, for the browser tests', async () => {
    const { doc } = await open();
    expect((doc.querySelector(HOST_TAG) as HTMLElement).shadowRoot).not.toBeNull();
  });

  it('is closed as shipped: the page sees the host and nothing inside it', async () => {
    const p = fixturePage('gmail-school-collapsed.html');
    const h = startHighlighter(p.doc, p.win, fakeBackground(PHRASES), { throttleMs: 20, testHooks: false });
    running.push(h);
    await h.settled();
    const host = p.doc.querySelector(HOST_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(h.marks()).toHaveLength(5);
  });
});

describe('keys in our card and pill', () => {
  it('stay in our UI (the webmail’s shortcuts do not fire), except Tab', async () => {
    const { button, card, doc } = await open();
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress'] as const) doc.addEventListener(type, (e) => seen.push(`${type} ${(e as KeyboardEvent).key}`));
    button('Next mark').click();
    for (const k of ['e', '#', 'r', 'j', 'k']) key(card, k);
    key(button('Previous mark'), 'j', 'keyup');
    key(button('Previous mark'), 'j', 'keypress');
    expect(seen).toEqual([]);
    key(card, 'Tab');
    expect(seen).toEqual(['keydown Tab']);
  });

  it('Escape on the pill closes the card and keeps focus on the pill', async () => {
    const { button, card, root } = await open();
    button('Next mark').click();
    expect(card.hidden).toBe(false);
    button('Next mark').focus();
    key(button('Next mark'), 'Escape');
    expect(card.hidden).toBe(true);
    expect(root.activeElement).toBe(button('Next mark'));
  });

  it('a made-up Escape does nothing', async () => {
    // Clicks are the parent's here; keys are a page script's.
    const { button, card } = await open({}, { trusted: (e) => e.type === 'click' });
    button('Next mark').click();
    key(card, 'Escape');
    expect(card.hidden).toBe(false);
  });
});

describe('the card for assistive technology', () => {
  it('is described by its title, the words found and why they matter', async () => {
    const { button, card, root } = await open();
    button('Next mark').click();
    const ids = (card.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => root.getElementById(id)?.className)).toEqual(['title', 'words', 'why']);
  });

  it('gives focus to the pill’s Next button when it closes with focus inside (its mark gone)', async () => {
    const { button, card, root, doc, h } = await open();
    button('Previous mark').click(); // the last mark: the warning, in the second message
    expect(root.activeElement).toBe(card);
    const mark = h.marks().at(-1)!;
    expect(mark.finding.kind).toBe('concern');
    // The message holding the mark leaves the page.
    doc.querySelectorAll('.a3s')[1]!.closest('.adn')!.remove();
    await wait(80);
    await h.settled();
    expect(card.hidden).toBe(true);
    expect(root.activeElement).toBe(button('Next mark'));
  });
});
