// What the highlighter content script and the background say to each other. The content script
// reads text off the page and draws marks; all analysis happens in the background, so the script
// stays small and the page's own speed is untouched. Structured-cloneable data only.
//
// Both ends check what they are handed, so the guards sit here beside the types: the background
// checks the script's requests (it runs in a page we do not control), and the script checks the
// background's answers (a mistake there must not break the page). The content script imports this
// file, so it stays free of extension APIs and heavy libraries.
import { isFindingKind as isPageFindingKind, type FindingKind } from '@/lib/findings/kinds';
import { hasType } from '@/lib/protocol/message-type';

/** The page draws every kind of finding: the kinds are listed once, in lib/findings/kinds.ts. */
export type PageFindingKind = FindingKind;

// ------------------------------------------------------------------ content script → background

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

export type FromHighlighter = AnalysePageTextRequest | SaveThisPageRequest | HighlighterCountMessage;

// ------------------------------------------------------------------ background → content script

export type ToHighlighter =
  | { type: 'highlighter-page-findings' } // answer HighlighterFindings
  | { type: 'highlighter-off' }; // remove every mark and stop watching the page

/** One mark as the highlighter drew it; passed on as the answer to 'page-findings' (lib/protocol/page-findings.ts). */
export interface PageFindingSummary {
  /** The highlighter's key for the message the words are in. */
  key: string;
  kind: PageFindingKind;
  text: string;
}

export interface HighlighterFindings {
  findings: PageFindingSummary[];
}

// ------------------------------------------------------------------ the background's guards

/** More messages than any open conversation shows: refused rather than analysed. */
export const MAX_ITEMS = 200;

/** Longer than any sender, subject or id a page shows: the field is refused. */
export const MAX_FIELD_CHARS = 1_000;

function isItem(value: unknown): value is PageTextItem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const short = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_FIELD_CHARS;
  return (
    short(v.key) &&
    typeof v.text === 'string' &&
    (v.sentAt === null || short(v.sentAt)) &&
    short(v.from) &&
    short(v.subject) &&
    (v.messageId === null || short(v.messageId))
  );
}

export function isAnalysePageTextRequest(value: unknown): value is AnalysePageTextRequest {
  if (!hasType(value, 'analyse-page-text')) return false;
  const items = (value as { items?: unknown }).items;
  return Array.isArray(items) && items.length <= MAX_ITEMS && items.every(isItem);
}

export function isFromHighlighterMessage(value: unknown): value is FromHighlighter {
  if (isAnalysePageTextRequest(value)) return true;
  if (hasType(value, 'highlighter-count')) {
    const vague = (value as { vague?: unknown }).vague;
    return Number.isInteger(vague) && (vague as number) >= 0 && (vague as number) < 100_000;
  }
  return hasType(value, 'save-this-page');
}

/** The highlighter's answer to 'highlighter-page-findings', or null when it is not one. */
export function readHighlighterFindings(value: unknown): PageFindingSummary[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const findings = (value as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) return null;
  const ok = findings.every((f: unknown) => {
    if (typeof f !== 'object' || f === null) return false;
    const x = f as Record<string, unknown>;
    return typeof x.key === 'string' && typeof x.text === 'string' && isPageFindingKind(x.kind);
  });
  return ok ? findings.map((f: PageFindingSummary) => ({ key: f.key, kind: f.kind, text: f.text })) : null;
}

// ------------------------------------------------------------------ the content script's guards

function finding(value: unknown): PageFinding | null {
  if (typeof value !== 'object' || value === null) return null;
  const f = value as Record<string, unknown>;
  if (!isPageFindingKind(f.kind) || typeof f.start !== 'number' || typeof f.end !== 'number' || typeof f.text !== 'string') return null;
  return {
    kind: f.kind,
    start: f.start,
    end: f.end,
    text: f.text,
    title: typeof f.title === 'string' ? f.title : '',
    why: typeof f.why === 'string' ? f.why : '',
    ask: typeof f.ask === 'string' && f.ask ? f.ask : null,
  };
}

/** The results of an AnalysePageTextResponse, or an error message. */
export function readAnalysis(value: unknown): { results: PageTextResult[] } | { error: string } {
  if (typeof value !== 'object' || value === null) return { error: 'No answer from On Record.' };
  const v = value as { ok?: unknown; results?: unknown; error?: unknown };
  if (v.ok !== true) return { error: typeof v.error === 'string' ? v.error : 'On Record could not read this page.' };
  if (!Array.isArray(v.results)) return { error: 'On Record gave an answer it should not have.' };
  const results: PageTextResult[] = [];
  for (const r of v.results as unknown[]) {
    if (typeof r !== 'object' || r === null) continue;
    const x = r as Record<string, unknown>;
    if (typeof x.key !== 'string' || !Array.isArray(x.findings)) continue;
    results.push({
      key: x.key,
      saved: x.saved === true,
      findings: (x.findings as unknown[]).map(finding).filter((f): f is PageFinding => f !== null),
    });
  }
  return { results };
}

/** The answer to SaveThisPageRequest: null when saved, else what went wrong. */
export function readSave(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'No answer from On Record.';
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return null;
  return typeof v.error === 'string' && v.error ? v.error : 'On Record could not save this email.';
}
