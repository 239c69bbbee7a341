// The highlighter in one page: watches for open messages, asks the background to analyse the new
// ones, draws the marks, opens a card on hover or from the pill, answers the background, and stops
// (taking every mark away) when told to. Extension APIs come in through `io`, so this runs the same
// in jsdom tests.
//
// What it remembers per message (analyses, failures, saved) is kept for the last CACHE_SIZE
// messages only, so a tab left open all week does not grow.
import { readAnalysis, readSave } from '@/lib/protocol/highlighter';
import { TEST_BUILD } from '@/lib/highlight/content/build-mode';
import { createCard, type Card } from '@/lib/highlight/content/card';
import { followPointer, markAtPoint, markBoxes } from '@/lib/highlight/content/hover';
import { KIND_TABLE as LOOK } from '@/lib/findings/kinds';
import type { FromHighlighter, HighlighterFindings, PageTextItem, PageTextResult } from '@/lib/protocol/highlighter';
import { createPainter, type DrawnMark } from '@/lib/highlight/content/paint';
import { createPill, type Pill } from '@/lib/highlight/content/pill';
import { countKinds, inReadingOrder, pageFindings } from '@/lib/highlight/content/report';
import { createShell, type Shell } from '@/lib/highlight/content/shell';
import { siteFor, type MessageInfo } from '@/lib/sites/highlight-sites';
import { watchPage, type WatchedBody } from '@/lib/highlight/content/watch';

export interface HighlighterIo {
  send(message: FromHighlighter): Promise<unknown>;
  /**
   * Listens to the background. The listener returns the answer, or undefined when the message is
   * not for it. Returns a function that stops listening.
   */
  onMessage(listener: (message: unknown) => unknown): () => void;
  /** False once the extension behind this script is gone (updated or removed): then stop. */
  alive?: () => boolean;
}

export interface HighlighterOptions {
  /** Changes within this long of a look at the page are looked at together, after it (default 250 ms). */
  throttleMs?: number;
  /** Draw by wrapping in <mark> even where the highlight API exists (tests). */
  wrap?: boolean;
  /** Called once the highlighter has stopped (after 'highlighter-off' or stop()). */
  onStop?: () => void;
  /**
   * Test builds only (build-mode.ts): false to act as the shipped build (closed shadow root, no
   * `on-record:marked`). Ignored in the shipped build, which never has them.
   */
  testHooks?: boolean;
  /** Test builds only: which events count as the parent's (jsdom's are all untrusted). */
  trusted?: (e: Event) => boolean;
  /** Messages remembered (analyses, failures, saved); default CACHE_SIZE. */
  cacheSize?: number;
}

export interface Highlighter {
  readonly running: boolean;
  readonly mode: 'highlights' | 'wrap';
  /** Every mark drawn now, in reading order. */
  marks(): DrawnMark[];
  findings(): HighlighterFindings;
  /** Looks at the page now instead of waiting for the observer. */
  scan(): void;
  /** Resolves once no analysis is on its way. */
  settled(): Promise<void>;
  stop(): void;
}

/** Messages of one request; the background refuses more than 200. */
const BATCH = 50;
/** Tries per message before it is left unmarked. */
const MAX_TRIES = 2;
const CLOSE_AFTER_MS = 400;
/** Messages whose analysis (and failures, and saved state) are kept. */
export const CACHE_SIZE = 200;

export const MARKED_EVENT = 'on-record:marked';

declare const cloneInto: (<T>(value: T, target: Window) => T) | undefined;

/** Sets key to value as the newest entry; the oldest go beyond `limit`. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= limit) break;
    map.delete(old);
  }
}

const isTrusted = (e: Event) => e.isTrusted;

export function startHighlighter(doc: Document, win: Window, io: HighlighterIo, options: HighlighterOptions = {}): Highlighter {
  const site = siteFor(new URL(doc.URL));
  const hooks = TEST_BUILD && options.testHooks !== false;
  const trusted = (TEST_BUILD && options.trusted) || isTrusted;
  const cacheSize = Math.max(1, options.cacheSize ?? CACHE_SIZE);
  const painter = createPainter(doc, win, { wrap: options.wrap });
  const marksByBody = new Map<Element, DrawnMark[]>();
  const results = new Map<string, PageTextResult>();
  /** Messages asked about and not answered yet, with the bodies waiting for the answer. */
  const waiting = new Map<string, WatchedBody[]>();
  const failures = new Map<string, number>();
  const saved = new Map<string, true>();
  const inflight = new Set<Promise<void>>();
  let running = true;
  let shell: Shell | null = null;
  let card: Card | null = null;
  let pill: Pill | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let frame = 0;

  const drawnMarks = () => [...marksByBody.values()].flat();
  const allMarks = () => inReadingOrder(drawnMarks());
  const owns = (node: Node | null) => shell?.owns(node) ?? false;
  /** The marks' boxes, so the pointer is checked against them before the caret is looked up. */
  const boxes = markBoxes(drawnMarks);

  // Marks -----------------------------------------------------------------------------------------

  // Test builds only: the browser tests and scripts/bench-highlight.ts time the marks with it.
  const announceMarked = (entry: WatchedBody, count: number) => {
    if (!hooks) return;
    const ms = Math.max(0, win.performance.now() - entry.noticedAt);
    const detail = { key: entry.key, count, ms };
    try {
      win.performance.mark?.(MARKED_EVENT, { detail });
    } catch {
      // performance.mark with detail is not everywhere
    }
    // Firefox: page scripts (a benchmark) may read the detail only once cloned into the page.
    const shared = typeof cloneInto === 'function' ? cloneInto(detail, win) : detail;
    win.dispatchEvent(new (win as Window & { CustomEvent: typeof CustomEvent }).CustomEvent(MARKED_EVENT, { detail: shared }));
  };

  const draw = (entry: WatchedBody, result: PageTextResult) => {
    const marks = watcher.quietly(() => painter.draw(entry.map, entry.key, result.findings));
    marksByBody.set(entry.body, marks);
    boxes.stale();
    announceMarked(entry, marks.length);
  };

  const release = (entry: WatchedBody): boolean => {
    const marks = marksByBody.get(entry.body);
    if (!marks) return false;
    marksByBody.delete(entry.body);
    boxes.stale();
    watcher.quietly(() => painter.remove(marks));
    return painter.mode === 'wrap' && marks.length > 0;
  };

  // Asking the background -------------------------------------------------------------------------

  const itemFor = (entry: WatchedBody): PageTextItem => {
    let info: MessageInfo = { subject: '', from: '', sentAt: null, messageId: null };
    try {
      info = site.info(entry.body, doc, new URL(doc.URL));
    } catch {
      // the text alone is still worth reading
    }
    return { key: entry.key, text: entry.map.text, ...info };
  };

  const fail = (key: string) => {
    remember(failures, key, (failures.get(key) ?? 0) + 1, cacheSize);
    for (const entry of waiting.get(key) ?? []) if (watcher.current(entry.body) === entry) watcher.forget(entry.body);
    waiting.delete(key);
  };

  const receive = (items: readonly PageTextItem[], answer: unknown) => {
    if (!running) return;
    const read = readAnalysis(answer);
    const got = new Map('results' in read ? read.results.map((r) => [r.key, r] as const) : []);
    for (const item of items) {
      const result = got.get(item.key);
      if (!result) {
        fail(item.key);
        continue;
      }
      remember(results, item.key, result, cacheSize);
      if (result.saved) remember(saved, item.key, true, cacheSize);
      const list = waiting.get(item.key) ?? [];
      waiting.delete(item.key);
      for (const entry of list) if (watcher.current(entry.body) === entry) draw(entry, result);
    }
    refresh();
  };

  const ask = (entries: readonly WatchedBody[]) => {
    const fresh: WatchedBody[] = [];
    for (const entry of entries) {
      const list = waiting.get(entry.key);
      if (list) list.push(entry); // already asked: the same text is analysed once
      else if ((failures.get(entry.key) ?? 0) < MAX_TRIES) {
        waiting.set(entry.key, [entry]);
        fresh.push(entry);
      }
    }
    for (let i = 0; i < fresh.length; i += BATCH) {
      const items = fresh.slice(i, i + BATCH).map(itemFor);
      const p: Promise<void> = Promise.resolve()
        .then(() => io.send({ type: 'analyse-page-text', items }))
        .then(
          (answer) => receive(items, answer),
          (error: unknown) => {
            if (io.alive && !io.alive()) stop();
            else receive(items, { ok: false, error: String(error) });
          },
        )
        .finally(() => inflight.delete(p));
      inflight.add(p);
    }
  };

  const watcher = watchPage(doc, win, {
    site,
    throttleMs: options.throttleMs,
    isOwn: owns,
    release,
    onMutation: () => boxes.stale(),
    onChange({ added }) {
      const toAsk: WatchedBody[] = [];
      for (const entry of added) {
        const known = results.get(entry.key);
        if (known) {
          remember(results, entry.key, known, cacheSize); // seen again: the newest
          draw(entry, known);
        } else toAsk.push(entry);
      }
      ask(toAsk);
      refresh();
    },
  });

  // Card and pill ---------------------------------------------------------------------------------

  const cancelClose = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };

  const ui = () => {
    if (!shell) {
      shell = watcher.quietly(() => createShell(doc, win, { open: hooks }));
      card = createCard(shell.root, doc, win, {
        trusted,
        isSaved: (key) => saved.has(key),
        save: async () => {
          try {
            const error = readSave(await io.send({ type: 'save-this-page' }));
            if (!error) for (const m of marksByBody.values()) for (const mark of m) remember(saved, mark.key, true, cacheSize);
            return error;
          } catch (e) {
            return String(e);
          }
        },
        copy: async (text) => {
          try {
            await win.navigator.clipboard.writeText(text);
            return true;
          } catch {
            return false;
          }
        },
        closed: (byKey, hadFocus) => {
          cancelClose();
          // Focus never left stranded on a card that is gone: back to the pill.
          if (byKey) pill?.focus();
          else if (hadFocus) pill?.focus('next');
        },
      });
      pill = createPill(shell.root, doc, step, trusted);
    }
    return { card: card!, pill: pill! };
  };

  function step(by: 1 | -1) {
    const marks = allMarks();
    const n = marks.length;
    if (!n || !card || !pill) return;
    const at = card.mark ? marks.indexOf(card.mark) : -1;
    const i = at < 0 ? (by === 1 ? 0 : n - 1) : (at + by + n) % n;
    const mark = marks[i]!;
    const target = mark.elements[0] ?? (mark.range.startContainer.nodeType === 1 ? mark.range.startContainer : mark.range.startContainer.parentElement);
    (target as Element | null)?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    card.open(mark, { pinned: true, focus: true });
    pill.announce(`Mark ${i + 1} of ${n}: ${LOOK[mark.finding.kind].spoken}`);
  }

  /**
   * The toolbar badge shows the vague phrases of everything open: told at the start (so the
   * background knows this tab before any message is open) and whenever that changes.
   */
  let reportedVague = -1;
  function reportVague(vague: number) {
    if (vague === reportedVague) return;
    reportedVague = vague;
    Promise.resolve()
      .then(() => io.send({ type: 'highlighter-count', vague }))
      .catch(() => undefined);
  }

  /** After marks came or went: the pill's counts, and no card for a mark that is gone. */
  function refresh() {
    if (!running) return;
    const marks = drawnMarks();
    if (marks.length === 0 && !shell) {
      reportVague(0);
      return;
    }
    const { card: c, pill: p } = ui();
    const counts = countKinds(marks);
    p.update(counts);
    reportVague(counts.vague ?? 0);
    if (c.mark && !marks.includes(c.mark)) c.close();
    else c.refresh();
  }

  const stopPointer = followPointer(doc, win, {
    trusted,
    isOwn: (t) => owns(t as Node | null),
    find(x, y, target) {
      if (marksByBody.size === 0) return null;
      return painter.markAt(target as Element | null) ?? markAtPoint(doc, drawnMarks(), x, y, boxes);
    },
    change(under) {
      if (!card) return;
      if (under === 'own') cancelClose();
      else if (under) {
        cancelClose();
        if (card.mark !== under) card.open(under, { pinned: false, focus: false });
      } else if (card.mark && !card.pinned && closeTimer === null) {
        closeTimer = setTimeout(() => {
          closeTimer = null;
          card?.close();
        }, CLOSE_AFTER_MS);
      }
    },
  });

  /** Escape in the page closes a card opened by hover (in our own UI, the card handles it). */
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card?.mark && !card.pinned && trusted(e) && !owns(e.target as Node | null)) card.close();
  };
  const onScroll = () => {
    boxes.stale();
    if (!card?.mark || frame) return;
    const raf = win.requestAnimationFrame?.bind(win) ?? ((cb: FrameRequestCallback) => win.setTimeout(() => cb(0), 16));
    frame = raf(() => {
      frame = 0;
      if (card?.pinned) card.place();
      else card?.close();
    });
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onScroll, { passive: true });

  // The background --------------------------------------------------------------------------------

  const stopListening = io.onMessage((message) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type === 'highlighter-page-findings') return pageFindings(allMarks());
    if (type === 'highlighter-off') {
      stop();
      return { ok: true };
    }
    return undefined;
  });

  function stop() {
    if (!running) return;
    running = false;
    watcher.stop();
    stopPointer();
    stopListening();
    cancelClose();
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('scroll', onScroll, { capture: true });
    win.removeEventListener('resize', onScroll);
    if (frame) win.cancelAnimationFrame?.(frame);
    painter.clear();
    marksByBody.clear();
    waiting.clear();
    shell?.remove();
    shell = null;
    card = null;
    pill = null;
    options.onStop?.();
  }

  reportVague(0);
  watcher.scan();

  return {
    get running() {
      return running;
    },
    mode: painter.mode,
    marks: allMarks,
    findings: () => pageFindings(allMarks()),
    scan: () => watcher.scan(),
    async settled() {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
    stop,
  };
}
