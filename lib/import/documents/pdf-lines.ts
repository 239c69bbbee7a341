// A PDF page's text layer is a list of positioned runs, not lines. This puts them back into the
// lines and paragraphs a person reads: runs on one baseline make a line, a step down bigger than
// the page's usual line spacing starts a paragraph (a blank line), and a gap between two runs on a
// line is a space. Pure, so it is tested without a PDF.

/** The part of a pdf.js TextItem read here (transform[4], transform[5] are x and the baseline y). */
export interface PositionedRun {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  /** Baseline, in PDF units upwards from the page's foot. */
  y: number;
  /** Font size of its largest run. */
  size: number;
  /** Where its last run ends, left to right. */
  end: number;
  text: string;
  ended: boolean;
}

/** Runs within this share of the font size of one baseline are one line (a superscript "th" stays on it). */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between two runs is a space. */
const WORD_GAP = 0.15;
/** A step down this much bigger than the page's usual line spacing is a new paragraph. */
const PARAGRAPH_STEP = 1.3;
/** Line spacing (baseline step ÷ font size) assumed when a page has too few lines to tell. */
const DEFAULT_SPACING = 1.2;

function sizeOf(run: PositionedRun): number {
  const [a = 0, b = 0, c = 0, d = 0] = run.transform;
  return run.height > 0 ? run.height : Math.max(Math.hypot(a, b), Math.hypot(c, d));
}

function joinRun(line: Line, run: PositionedRun, x: number, size: number): void {
  const gap = x - line.end;
  const needsSpace = line.text !== '' && !/\s$/.test(line.text) && !/^\s/.test(run.str) && gap > size * WORD_GAP;
  line.text += (needsSpace ? ' ' : '') + run.str;
  line.end = Math.max(line.end, x + run.width);
  line.size = Math.max(line.size, size);
}

/** The runs of one page grouped into lines, in the order the page draws them. */
function linesOf(runs: readonly PositionedRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    const y = run.transform[5] ?? 0;
    const size = sizeOf(run);
    if (run.str === '') {
      if (run.hasEOL && current) current.ended = true;
      continue;
    }
    const sameBaseline = current !== null && Math.abs(y - current.y) <= Math.max(size, current.size) * SAME_LINE;
    // After an end of line, a run on the same baseline continues it only if it is further right.
    const continues = current !== null && sameBaseline && (!current.ended || x >= current.end - size * WORD_GAP);
    if (!continues || current === null) {
      current = { y, size, end: x, text: '', ended: false };
      lines.push(current);
    }
    joinRun(current, run, x, size);
    if (run.hasEOL) current.ended = true;
  }
  return lines;
}

/** The page's usual line spacing: the smallest baseline step (÷ font size) that recurs. */
function usualSpacing(lines: readonly Line[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (Math.abs(a.size - b.size) > 0.5 || a.size <= 0) continue;
    const step = (a.y - b.y) / a.size;
    if (step > SAME_LINE) steps.push(Math.round(step * 20) / 20);
  }
  steps.sort((p, q) => p - q);
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]! - steps[i - 1]! <= 0.05) return steps[i - 1]!;
  }
  return steps.length === 1 ? Math.min(steps[0]!, DEFAULT_SPACING) : DEFAULT_SPACING;
}

const tidy = (text: string) => text.replace(/[ \t\u00a0\u2000-\u200b\u3000]+/g, ' ').trim();

/** One page's text: its lines, with a blank line between paragraphs. */
export function pageText(runs: readonly PositionedRun[]): string {
  const lines = linesOf(runs).filter((l) => tidy(l.text) !== '');
  const spacing = usualSpacing(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0) {
      const above = lines[i - 1]!;
      const size = Math.max(line.size, above.size);
      const step = size > 0 ? (above.y - line.y) / size : 0;
      if (step < 0 || step > spacing * PARAGRAPH_STEP) out.push('');
    }
    out.push(tidy(line.text));
  }
  return out.join('\n');
}

/** Pages' texts as one document, a blank line between pages. */
export function joinPages(pages: readonly string[]): string {
  return pages
    .filter((p) => p.trim() !== '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
