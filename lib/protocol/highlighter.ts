// What the highlighter content script and the background say to each other. The content script
// reads text off the page and draws marks; all analysis happens in the background, so the script
// stays small and the page's own speed is untouched. Structured-cloneable data only.

export type PageFindingKind = 'vague' | 'commitment' | 'date' | 'concern';

/** One open message's text, as the content script read it from the page's text nodes. */
export interface PageTextItem {
  /** Stable for the same message while the page is open: the content script's own key. */
  key: string;
  /** The text of the message body, built from its text nodes (see lib/highlight/content/text-map.ts). */
  text: string;
  /** ISO 8601 when the page shows when it was sent, else null (then today is used). */
  sentAt: string | null;
  /** "Mrs Anita Patel <a.patel@school.sch.uk>" or '' when unknown. */
  from: string;
  subject: string;
  /** The webmail's own message id (Gmail's data-legacy-message-id), when the page has one. */
  messageId: string | null;
}

/** Content script → background: analyse these messages. */
export interface AnalysePageTextRequest {
  type: 'analyse-page-text';
  items: PageTextItem[];
}

/** A finding ready to draw and explain: offsets index into the item's `text`. */
export interface PageFinding {
  kind: PageFindingKind;
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Short plain-English label: "Vague: no one says how often", "Promise by Mrs Patel, due Friday 15 May". */
  title: string;
  /** Why it matters, in plain English. */
  why: string;
  /** The follow-up question to ask, when there is one. */
  ask: string | null;
}

export interface PageTextResult {
  key: string;
  findings: PageFinding[];
  /** True when this message is already in the parent's record. */
  saved: boolean;
}

export type AnalysePageTextResponse = { ok: true; results: PageTextResult[] } | { ok: false; error: string };

/** Content script → background: save the email open in my tab (the card's "Save this email"). */
export interface SaveThisPageRequest {
  type: 'save-this-page';
}

/**
 * Content script → background: the open email now holds this many vague phrases (all its open
 * messages, after marks came or went), for the toolbar badge.
 */
export interface HighlighterCountMessage {
  type: 'highlighter-count';
  vague: number;
}

/** Background → content script. */
export type ToHighlighter =
  | { type: 'highlighter-page-findings' } // answer HighlighterFindings
  | { type: 'highlighter-off' }; // remove every mark and stop watching the page

export interface HighlighterFindings {
  findings: { key: string; kind: PageFindingKind; text: string }[];
}

export type FromHighlighter = AnalysePageTextRequest | SaveThisPageRequest | HighlighterCountMessage;
