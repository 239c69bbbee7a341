// The way to the marks by keyboard: highlights cannot take focus, so a small pill at the bottom
// right says what was found ("On Record: 3 vague phrases, 2 promises") and its Previous and Next
// buttons walk the marks in reading order. Announcements go through its polite live region. Its
// buttons answer only the parent: a click a page script made up (event.isTrusted false) is ignored.
import { countWords } from '@/lib/findings/look';
import type { FindingKind } from '@/lib/findings/kinds';

export interface Pill {
  readonly element: HTMLElement;
  /** Shows the counts; hides the pill when there is nothing. */
  update(counts: Partial<Record<FindingKind, number>>): void;
  announce(text: string): void;
  /** Focus back on the button last used (Next when none), or on Next. */
  focus(which?: 'last' | 'next'): void;
}

export function createPill(root: ShadowRoot, doc: Document, step: (by: 1 | -1) => void, trusted: (e: Event) => boolean): Pill {
  const pill = doc.createElement('div');
  pill.className = 'pill';
  pill.setAttribute('role', 'region');
  pill.setAttribute('aria-label', 'On Record marks');
  pill.hidden = true;
  const summary = doc.createElement('span');
  summary.className = 'summary';
  const prev = doc.createElement('button');
  prev.type = 'button';
  prev.textContent = 'Previous';
  prev.setAttribute('aria-label', 'Previous mark');
  const next = doc.createElement('button');
  next.type = 'button';
  next.textContent = 'Next';
  next.setAttribute('aria-label', 'Next mark');
  const live = doc.createElement('span');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  pill.append(summary, prev, next, live);
  root.appendChild(pill);

  let lastUsed: HTMLButtonElement = next;
  prev.addEventListener('click', (e) => {
    if (!trusted(e)) return;
    lastUsed = prev;
    step(-1);
  });
  next.addEventListener('click', (e) => {
    if (!trusted(e)) return;
    lastUsed = next;
    step(1);
  });

  return {
    element: pill,
    update(counts) {
      const words = countWords(counts);
      pill.hidden = words === '';
      summary.textContent = words ? `On Record: ${words}` : '';
    },
    announce(text) {
      live.textContent = text;
    },
    focus(which = 'last') {
      if (!pill.hidden) (which === 'next' ? next : lastUsed).focus();
    },
  };
}
