// The small card next to a mark: what was found, why it matters, the question to ask (with Copy),
// and "Save this email". A non-modal dialog; focus moves into it only when the parent came to it
// by keyboard (the pill), and Escape anywhere in our UI closes it. Its buttons answer only the
// parent: a click or key a page script made up (event.isTrusted false) is ignored.
import { KIND_TABLE } from '@/lib/findings/kinds';
import type { DrawnMark } from '@/lib/highlight/content/paint';

export interface CardActions {
  /** Saves the email open in this tab; resolves to an error message, or null when saved. */
  save(): Promise<string | null>;
  isSaved(key: string): boolean;
  copy(text: string): Promise<boolean>;
  /**
   * The card closed: by Escape or Close (`byKey`), or because it was told to. `hadFocus`: focus
   * was inside the card, and must go somewhere the parent can find.
   */
  closed(byKey: boolean, hadFocus: boolean): void;
  /** True for an event the parent made (event.isTrusted, unless a test says otherwise). */
  trusted(e: Event): boolean;
}

export interface Card {
  readonly element: HTMLElement;
  readonly mark: DrawnMark | null;
  readonly pinned: boolean;
  /** Opens the card for a mark; `pinned` cards (opened by keyboard) stay open when the pointer leaves. */
  open(mark: DrawnMark, options: { pinned: boolean; focus: boolean }): void;
  close(byKey?: boolean): void;
  /** Puts the card back next to its mark (after scrolling). */
  place(): void;
  /** Shows "Saved" when the mark's message now is. */
  refresh(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

export function createCard(root: ShadowRoot, doc: Document, win: Window, actions: CardActions): Card {
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  card.hidden = true;

  const head = el(doc, 'div', 'head');
  const swatch = el(doc, 'span', 'swatch');
  swatch.setAttribute('aria-hidden', 'true');
  const kind = el(doc, 'p', 'kind');
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  head.append(swatch, kind, close);

  const title = el(doc, 'p', 'title');
  title.id = 'on-record-title';
  const wordsLabel = el(doc, 'span', 'sr', 'Words found:');
  const words = el(doc, 'p', 'words');
  words.id = 'on-record-words';
  const whyLabel = el(doc, 'span', 'label', 'Why it matters');
  const why = el(doc, 'p', 'why');
  why.id = 'on-record-why';
  // Ids are the shadow root's own: the page's cannot clash with them.
  card.setAttribute('aria-describedby', `${title.id} ${words.id} ${why.id}`);
  const askLabel = el(doc, 'span', 'label', 'You could ask');
  const ask = el(doc, 'p', 'ask');
  const copy = el(doc, 'button', '', 'Copy question');
  copy.type = 'button';
  const save = el(doc, 'button', 'primary', 'Save this email');
  save.type = 'button';
  const status = el(doc, 'span', 'status');
  status.setAttribute('role', 'status');
  const row = el(doc, 'div', 'row');
  row.append(copy, save, status);
  card.append(head, title, wordsLabel, words, whyLabel, why, askLabel, ask, row);
  root.appendChild(card);

  let mark: DrawnMark | null = null;
  let pinned = false;
  let saving = false;

  const showSaved = () => {
    if (!mark) return;
    const saved = actions.isSaved(mark.key);
    save.textContent = saving ? 'Saving…' : saved ? 'Saved' : 'Save this email';
    // aria-disabled, not disabled: the button keeps keyboard focus after it is pressed.
    save.setAttribute('aria-disabled', String(saving || saved));
  };

  const place = () => {
    if (!mark || card.hidden) return;
    const r = typeof mark.range.getBoundingClientRect === 'function' ? mark.range.getBoundingClientRect() : null;
    const vw = win.innerWidth || 1024;
    const vh = win.innerHeight || 768;
    const box = card.getBoundingClientRect();
    const w = box.width || 340;
    const h = box.height || 220;
    if (!r) {
      card.style.left = `${Math.max(8, vw - w - 16)}px`;
      card.style.top = `${Math.max(8, vh - h - 72)}px`;
      return;
    }
    const left = Math.min(Math.max(8, r.left), Math.max(8, vw - w - 8));
    const below = r.bottom + 8;
    const top = below + h <= vh - 8 || r.top - h - 8 < 8 ? Math.min(below, Math.max(8, vh - h - 8)) : r.top - h - 8;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };

  const api: Card = {
    element: card,
    get mark() {
      return mark;
    },
    get pinned() {
      return pinned;
    },
    open(m, options) {
      const f = m.finding;
      const kindRow = KIND_TABLE[f.kind];
      if (mark !== m) status.textContent = '';
      mark = m;
      pinned = options.pinned;
      card.className = `card card-${f.kind}`;
      swatch.className = `swatch swatch-${f.kind}`;
      kind.textContent = kindRow.name;
      card.setAttribute('aria-label', `On Record: ${kindRow.spoken}`);
      title.textContent = f.title;
      title.hidden = !f.title;
      words.textContent = `“${f.text.replace(/\s+/g, ' ').trim()}”`;
      why.textContent = f.why;
      why.hidden = whyLabel.hidden = !f.why;
      ask.textContent = f.ask ?? '';
      ask.hidden = askLabel.hidden = copy.hidden = !f.ask;
      copy.textContent = 'Copy question';
      showSaved();
      card.hidden = false;
      place();
      if (options.focus) card.focus();
    },
    close(byKey = false) {
      if (card.hidden) return;
      const active = root.activeElement;
      const hadFocus = !!active && card.contains(active);
      card.hidden = true;
      mark = null;
      pinned = false;
      actions.closed(byKey, hadFocus);
    },
    place,
    refresh: showSaved,
  };

  close.addEventListener('click', (e) => {
    if (actions.trusted(e)) api.close(true);
  });
  // Escape in the card or the pill (keys never leave the shadow root: see shell.ts).
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape' || card.hidden || !actions.trusted(e)) return;
    e.preventDefault();
    api.close(true);
  });
  copy.addEventListener('click', (e) => {
    if (!actions.trusted(e)) return;
    const text = mark?.finding.ask;
    if (!text) return;
    void actions.copy(text).then((ok) => {
      status.textContent = ok ? 'Question copied.' : 'Could not copy: select the question and copy it.';
      if (ok) copy.textContent = 'Copied';
    });
  });
  save.addEventListener('click', (e) => {
    if (!actions.trusted(e)) return;
    if (saving || !mark || actions.isSaved(mark.key)) return;
    saving = true;
    status.textContent = '';
    showSaved();
    void actions.save().then((error) => {
      saving = false;
      showSaved();
      status.textContent = error ? `Could not save: ${error}` : 'Saved to your record.';
    });
  });
  return api;
}
