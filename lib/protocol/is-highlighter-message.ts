// The highlighter runs inside a webmail page we do not control: check the shape of everything it
// sends before it is read.
import type { AnalysePageTextRequest, FromHighlighter, HighlighterFindings, PageFindingKind, PageTextItem } from '@/lib/protocol/highlighter';

/** More messages than any open conversation shows: refused rather than analysed. */
export const MAX_ITEMS = 200;

/** Longer than any sender, subject or id a page shows: the field is refused. */
export const MAX_FIELD_CHARS = 1_000;

const KINDS: readonly PageFindingKind[] = ['vague', 'commitment', 'date', 'concern'];

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
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; items?: unknown };
  return v.type === 'analyse-page-text' && Array.isArray(v.items) && v.items.length <= MAX_ITEMS && v.items.every(isItem);
}

export function isFromHighlighterMessage(value: unknown): value is FromHighlighter {
  if (isAnalysePageTextRequest(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; vague?: unknown };
  if (v.type === 'highlighter-count') return Number.isInteger(v.vague) && (v.vague as number) >= 0 && (v.vague as number) < 100_000;
  return v.type === 'save-this-page';
}

/** The highlighter's answer to 'highlighter-page-findings', or null when it is not one. */
export function readHighlighterFindings(value: unknown): HighlighterFindings['findings'] | null {
  if (typeof value !== 'object' || value === null) return null;
  const findings = (value as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) return null;
  const ok = findings.every((f: unknown) => {
    if (typeof f !== 'object' || f === null) return false;
    const x = f as Record<string, unknown>;
    return typeof x.key === 'string' && typeof x.text === 'string' && KINDS.includes(x.kind as PageFindingKind);
  });
  return ok ? findings.map((f: { key: string; kind: PageFindingKind; text: string }) => ({ key: f.key, kind: f.kind, text: f.text })) : null;
}
