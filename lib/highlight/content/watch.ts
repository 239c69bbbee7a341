// Follows the webmail as it changes: a MutationObserver on the whole document (no polling) finds the
// message bodies that are new or whose text changed, and the ones that left the page. Each body is
// keyed by its message id and a hash of its text, so the same text is never analysed twice.
//
// When to look, leading edge first: the first change after a quiet spell (no look in the last
// `throttleMs`) is looked at on the next animation frame, so an email just opened is marked at
// once, not after a wait (the 100 ms target; scripts/bench-highlight.ts). Everything the page does
// within `throttleMs` of a look is gathered into one more look, `throttleMs` after it: a message
// still rendering is read again once it has settled, never once per change. (Where no frame comes,
// a hidden tab or jsdom, a timer stands in.) A site may also say that a body whose text changed is
// read again no sooner than `recheckMs` after it was last read (a live page; see sites.ts).
import type { Site } from '@/lib/sites/highlight-sites';
import { buildTextMap, type TextMap } from '@/lib/highlight/content/text-map';

export interface WatchedBody {
  body: Element;
  /** Message id and text hash: the same for the same message with the same text. */
  key: string;
  map: TextMap;
  /** performance.now() when the change that brought this body in was first seen. */
  noticedAt: number;
  /** performance.now() when its text was read. */
  readAt: number;
}

export interface WatchChange {
  added: WatchedBody[];
  removed: WatchedBody[];
}

export interface Watcher {
  /** Looks at the page now: call once to start; then the observer calls it, as above. */
  scan(): void;
  /** Runs `fn` (which changes the DOM on purpose) without the observer seeing its changes. */
  quietly<T>(fn: () => T): T;
  /** The body's current entry, or undefined when it left the page or changed. */
  current(body: Element): WatchedBody | undefined;
  /** Forgets a body, so the next look reads it again (after a failed analysis). */
  forget(body: Element): void;
  stop(): void;
}

export interface WatchOptions {
  site: Site;
  throttleMs?: number;
  /** Our own element: changes inside it are not the page's. */
  isOwn?: (node: Node) => boolean;
  /**
   * A body left the page or changed: take its marks away now, before it is read again. Returns
   * true when that changed the DOM (marks drawn by wrapping), so the body is read afresh.
   */
  release?: (entry: WatchedBody) => boolean;
  onChange(change: WatchChange): void;
  /** The page changed (anything but our own elements), whether or not a body did. */
  onMutation?: () => void;
}

/** Where there are no animation frames: about one frame. */
const FRAME_MS = 16;

/** FNV-1a, 32 bits, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function bodyKey(siteId: string, messageId: string | null, text: string): string {
  return `${siteId}:${messageId ?? ''}:${text.length}:${hashText(text)}`;
}

/** Rendered (where the browser can tell); jsdom and older browsers count every body as shown. */
function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

export function watchPage(doc: Document, win: Window, options: WatchOptions): Watcher {
  const { site } = options;
  const throttleMs = options.throttleMs ?? 250;
  const recheckMs = site.recheckMs ?? 0;
  const now = () => win.performance.now();
  const url = () => new URL(doc.URL);
  const entries = new Map<Element, WatchedBody>();
  /** Bodies with changes inside since the last look (or whose new text waits for `recheckMs`). */
  const dirty = new Set<Element>();
  let firstChangeAt: number | null = null;
  let lastScanAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAt = Infinity;
  let frame = 0;
  let stopped = false;
  const raf = typeof win.requestAnimationFrame === 'function' ? win.requestAnimationFrame.bind(win) : null;

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    timerAt = Infinity;
    if (frame) win.cancelAnimationFrame?.(frame);
    frame = 0;
  };
  const run = () => {
    timer = null;
    frame = 0;
    scan();
  };
  /** A look at `when` (performance.now() time), unless one comes sooner already. */
  const lookAt = (when: number) => {
    if (timer !== null && timerAt <= when) return;
    if (timer !== null) clearTimeout(timer);
    timerAt = when;
    timer = setTimeout(run, Math.max(0, when - now()));
  };
  /** A look on the next frame; the timer is there for when no frame comes (a hidden tab). */
  const lookSoon = () => {
    if (frame) return;
    if (raf) {
      frame = raf(run);
      lookAt(now() + throttleMs);
    } else lookAt(now() + FRAME_MS);
  };

  const keyFor = (body: Element, map: TextMap) => {
    if (!map.text.trim()) return '';
    let messageId: string | null = null;
    try {
      messageId = site.info(body, doc, url()).messageId;
    } catch {
      // keyed by text alone
    }
    return bodyKey(site.id, messageId, map.text);
  };

  const scan = () => {
    if (stopped) return;
    cancel();
    const at = now();
    lastScanAt = at;
    const noticedAt = firstChangeAt ?? at;
    firstChangeAt = null;
    let bodies: Element[] = [];
    try {
      bodies = site.bodies(doc).filter((b) => !(options.isOwn?.(b) ?? false) && shown(b));
    } catch {
      bodies = [];
    }
    const present = new Set(bodies);
    const added: WatchedBody[] = [];
    const removed: WatchedBody[] = [];
    for (const [body, entry] of entries) {
      if (!body.isConnected || !present.has(body)) {
        entries.delete(body);
        removed.push(entry);
        options.release?.(entry);
      }
    }
    const waiting = new Set<Element>();
    let due = Infinity;
    for (const body of bodies) {
      const old = entries.get(body);
      if (old && !dirty.has(body)) continue;
      // Read too recently: its new text waits (and the body stays dirty).
      if (old?.key && recheckMs > 0 && at - old.readAt < recheckMs) {
        waiting.add(body);
        due = Math.min(due, old.readAt + recheckMs);
        continue;
      }
      let map = buildTextMap(body, site.text);
      let key = keyFor(body, map);
      if (old && old.key === key && old.map.intact()) continue;
      if (old) {
        removed.push(old);
        if (options.release?.(old)) {
          map = buildTextMap(body, site.text);
          key = keyFor(body, map);
        }
      }
      const entry = { body, key, map, noticedAt, readAt: at };
      entries.set(body, entry);
      if (key) added.push(entry);
    }
    dirty.clear();
    for (const body of waiting) dirty.add(body);
    if (due < Infinity) lookAt(due);
    if (added.length > 0 || removed.length > 0) options.onChange({ added, removed });
  };

  const onRecords = (records: MutationRecord[]) => {
    if (stopped) return;
    let relevant = false;
    for (const r of records) {
      const target = r.target;
      if (options.isOwn?.(target)) continue;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => options.isOwn?.(n) ?? false)) continue;
      relevant = true;
      for (const body of entries.keys()) if (body === target || body.contains(target)) dirty.add(body);
    }
    if (!relevant) return;
    options.onMutation?.();
    const at = now();
    firstChangeAt ??= at;
    // Quiet for a while: look now (next frame). Else once, `throttleMs` after the last look.
    if (at - lastScanAt >= throttleMs) lookSoon();
    else lookAt(lastScanAt + throttleMs);
  };
  const observer = new (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver(onRecords);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });

  return {
    scan,
    quietly(fn) {
      // The page's own changes not yet delivered still count; ours, made by fn, do not.
      onRecords(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    current(body) {
      return entries.get(body);
    },
    forget(body) {
      entries.delete(body);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      cancel();
      entries.clear();
      dirty.clear();
    },
  };
}
