// An analysis of one message becomes the marks the highlighter draws: every finding with its
// offsets into the text the page sent and its words (lib/findings/words.ts), in reading order. Pure.
import type { Analysis } from '@/lib/analysis/types';
import { FINDING_KINDS, KIND_TABLE } from '@/lib/findings/kinds';
import { findingWords, type AnalysedFinding, type WordsOptions } from '@/lib/findings/words';
import type { PageFinding } from '@/lib/protocol/highlighter';

export function toPageFindings(analysis: Analysis, options: WordsOptions): PageFinding[] {
  const findings: PageFinding[] = FINDING_KINDS.flatMap((kind) =>
    analysis[KIND_TABLE[kind].found].map((f) => {
      // The table pairs each kind with the list holding it, which TypeScript cannot follow.
      const words = findingWords({ ...f, kind } as AnalysedFinding, options);
      return { kind, start: f.start, end: f.end, text: f.text, ...words };
    }),
  );
  // Stable: at the same words, what to worry about comes first (the kinds table's order).
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function countVague(findings: readonly PageFinding[]): number {
  return findings.filter((f) => f.kind === 'vague').length;
}
