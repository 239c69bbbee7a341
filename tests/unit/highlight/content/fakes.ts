// Stand-ins for what jsdom lacks: the CSS Custom Highlight API, and the background's answers.
import type { PageFinding, PageTextItem, PageTextResult } from '../../../../lib/protocol/highlighter';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export class FakeSheet {
  cssText = '';
  replaceSync(text: string) {
    this.cssText = text;
  }
}

/** Gives a jsdom window constructed stylesheets (document.adoptedStyleSheets), as browsers have. */
export function withAdoptedSheets(win: Window): { sheets(): FakeSheet[] } {
  let list: FakeSheet[] = [];
  Object.assign(win, { CSSStyleSheet: FakeSheet });
  Object.defineProperty(win.document, 'adoptedStyleSheets', { get: () => list, set: (v: FakeSheet[]) => (list = [...v]), configurable: true });
  return { sheets: () => list };
}

/** Gives a jsdom window CSS.highlights and Highlight; returns the registry. */
export function withHighlightApi(win: Window): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.assign(win, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  return registry;
}

/** A finding for every occurrence of each phrase in the item's text. */
export function findingsFor(text: string, phrases: Record<string, PageFinding['kind']>): PageFinding[] {
  const out: PageFinding[] = [];
  for (const [phrase, kind] of Object.entries(phrases)) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      out.push({ kind, start: at, end: at + phrase.length, text: phrase, title: `${kind}: ${phrase}`, why: `Why ${phrase} matters.`, ask: kind === 'date' ? null : `What does “${phrase}” mean?` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface FakeBackground {
  requests: PageTextItem[][];
  saves: number;
  send(message: unknown): Promise<unknown>;
  /** The background's messages to the page, and the page's answers. */
  tell(message: unknown): unknown;
  onMessage(listener: (message: unknown) => unknown): () => void;
  listeners: number;
}

export function fakeBackground(phrases: Record<string, PageFinding['kind']>, options: { saved?: boolean; saveError?: string } = {}): FakeBackground {
  const listeners = new Set<(message: unknown) => unknown>();
  const bg: FakeBackground = {
    requests: [],
    saves: 0,
    async send(message) {
      const m = message as { type: string; items?: PageTextItem[] };
      if (m.type === 'analyse-page-text') {
        bg.requests.push(m.items ?? []);
        const results: PageTextResult[] = (m.items ?? []).map((item) => ({ key: item.key, findings: findingsFor(item.text, phrases), saved: options.saved ?? false }));
        return { ok: true, results };
      }
      if (m.type === 'save-this-page') {
        bg.saves++;
        return options.saveError ? { ok: false, error: options.saveError } : { ok: true, recordIds: ['r1'], duplicate: false };
      }
      return undefined;
    },
    tell(message) {
      for (const l of listeners) {
        const answer = l(message);
        if (answer !== undefined) return answer;
      }
      return undefined;
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get listeners() {
      return listeners.size;
    },
  };
  return bg;
}
