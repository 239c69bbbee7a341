// The background's answers, checked before they are used: a mistake there must not break the page.
import type { PageFinding, PageFindingKind, PageTextResult } from '@/lib/protocol/highlighter';

const KINDS = new Set<PageFindingKind>(['vague', 'commitment', 'date', 'concern']);

function finding(value: unknown): PageFinding | null {
  if (typeof value !== 'object' || value === null) return null;
  const f = value as Record<string, unknown>;
  if (!KINDS.has(f.kind as PageFindingKind) || typeof f.start !== 'number' || typeof f.end !== 'number' || typeof f.text !== 'string') return null;
  return {
    kind: f.kind as PageFindingKind,
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
