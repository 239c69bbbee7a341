import { describe, expect, it } from 'vitest';
import { joinPages, pageText, type PositionedRun } from '@/lib/import/documents/pdf-lines';

/** A run of text at x, baseline y, in a font of this size (width at half the size per character, as a rough font). */
function run(str: string, x: number, y: number, size = 10, hasEOL = false): PositionedRun {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL };
}

describe('pageText', () => {
  it('puts runs on one baseline on one line, and a space where there is a gap', () => {
    const runs = [run('We will', 50, 700), run('review', 50 + 7 * 5 + 3, 700), run('the plan.', 50 + 7 * 5 + 3 + 6 * 5 + 3, 700)];
    expect(pageText(runs)).toBe('We will review the plan.');
  });

  it('adds no space inside a word split into runs', () => {
    expect(pageText([run('Brook', 50, 700), run('field', 75, 700)])).toBe('Brookfield');
  });

  it('keeps a raised "th" on its line', () => {
    expect(pageText([run('12', 400, 700, 10, true), run('th', 410, 704, 6), run(' March 2026', 416, 700)])).toBe('12th March 2026');
  });

  it('starts a line per baseline, and a paragraph at a bigger step down', () => {
    const runs = [
      run('Thank you for meeting us. We agreed', 50, 700, 10, true),
      run('three things.', 50, 688, 10, true),
      run('Mrs Khan will send the map.', 50, 670, 10, true),
      run('We will review the plan.', 50, 652, 10, true),
      run('It will be by half term.', 50, 640, 10, true),
    ];
    expect(pageText(runs)).toBe('Thank you for meeting us. We agreed\nthree things.\n\nMrs Khan will send the map.\n\nWe will review the plan.\nIt will be by half term.');
  });

  it('takes a double-spaced page’s spacing as its usual one', () => {
    const runs = [run('one', 50, 700), run('two', 50, 676), run('three', 50, 652), run('four', 50, 610)];
    expect(pageText(runs)).toBe('one\ntwo\nthree\n\nfour');
  });

  it('starts a new line after an end of line even on the same baseline when the text goes back left', () => {
    const runs = [run('Name:', 50, 700, 10, true), run('Date:', 50, 700)];
    expect(pageText(runs)).toBe('Name:\nDate:');
  });

  it('drops empty runs, collapses spaces and trims lines', () => {
    const runs = [run('  Dear   Mr  Ahmed, ', 50, 700, 10, true), run('', 0, 0, 0, true), run(' \u00a0 ', 50, 688)];
    expect(pageText(runs)).toBe('Dear Mr Ahmed,');
  });
});

describe('joinPages', () => {
  it('puts a blank line between pages and leaves out empty ones', () => {
    expect(joinPages(['Page one', '', '  ', 'Page two\n\n\n\nend'])).toBe('Page one\n\nPage two\n\nend');
  });
});
