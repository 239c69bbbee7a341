// An analysis of one message becomes the marks the highlighter draws: every finding with its
// offsets into the text the page sent, in reading order. Pure.
import type { Analysis } from '@/lib/analysis/types';
import type { PageFinding } from '@/lib/protocol/highlighter';
import { commitmentWords, concernWords, dateWords, vagueWords } from '@/lib/findings/card-words';

export function toPageFindings(analysis: Analysis, options: { hasCalendar: boolean }): PageFinding[] {
  const span = (f: { start: number; end: number; text: string }) => ({ start: f.start, end: f.end, text: f.text });
  const findings: PageFinding[] = [
    ...analysis.concerns.map((f) => ({ kind: 'concern' as const, ...span(f), ...concernWords(f) })),
    ...analysis.commitments.map((f) => ({ kind: 'commitment' as const, ...span(f), ...commitmentWords(f) })),
    ...analysis.vague.map((f) => ({ kind: 'vague' as const, ...span(f), ...vagueWords(f) })),
    ...analysis.dates.map((f) => ({ kind: 'date' as const, ...span(f), ...dateWords(f, options.hasCalendar) })),
  ];
  // Stable: at the same words, what to worry about comes first (the order above).
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function countVague(findings: readonly PageFinding[]): number {
  return findings.filter((f) => f.kind === 'vague').length;
}
