// Follows the webmail as it changes: a MutationObserver on the whole document, throttled (at most
// one look every `throttleMs`, after the changes: no polling), finds the message bodies that are new
// or whose text changed, and the ones that left the page. Each body is keyed by its message id and
// a hash of its text, so the same text is never read twice.
import type { Site } from './sites';
import { buildTextMap, type TextMap } from './text-map';

export interface WatchedBody {
  body: Element;
  /** Message id and text hash: the same for the same message with the same text. */
  key: string;
  map: TextMap;
  /** performance.now() when the change that brought this body in was first seen. */
  noticedAt: number;
}

export interface WatchChange {
  added: WatchedBody[];
  removed: WatchedBody[];
}

export interface Watcher {
  /** Looks at the page now: call once to start; then the observer calls it, throttled. */
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
}

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
  const url = () => new URL(doc.URL);
  const entries = new Map<Element, WatchedBody>();
  /** Bodies with changes inside since the last look. */
  const dirty = new Set<Element>();
  let firstChangeAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

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
    const noticedAt = firstChangeAt ?? win.performance.now();
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
    for (const body of bodies) {
      const old = entries.get(body);
      if (old && !dirty.has(body)) continue;
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
      const entry = { body, key, map, noticedAt };
      entries.set(body, entry);
      if (key) added.push(entry);
    }
    dirty.clear();
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
    firstChangeAt ??= win.performance.now();
    if (timer === null) {
      timer = setTimeout(() => {
        timer = null;
        scan();
      }, throttleMs);
    }
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
      if (timer !== null) clearTimeout(timer);
      timer = null;
      entries.clear();
      dirty.clear();
    },
  };
}
