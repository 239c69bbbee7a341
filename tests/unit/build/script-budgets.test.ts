import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPageScripts, pageScriptSizes } from '../../../scripts/script-budgets';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(highlighter: Buffer): string {
  dir = mkdtempSync(path.join(tmpdir(), 'budget-'));
  mkdirSync(path.join(dir, 'content-scripts'));
  writeFileSync(path.join(dir, 'content-scripts', 'highlighter.js'), highlighter);
  return dir;
}

describe('page script budgets', () => {
  it('reports the gzipped size of the scripts that run in pages', () => {
    const out = build(Buffer.from('x'.repeat(50_000)));
    const [size] = pageScriptSizes(out);
    expect(size).toMatchObject({ file: 'content-scripts/highlighter.js', bytes: 50_000 });
    expect(size!.gzipped).toBeLessThan(1_000);
    const lines: string[] = [];
    checkPageScripts(out, (l) => lines.push(l));
    expect(lines[0]).toMatch(/highlighter\.js: 48\.8 KB, 0\.\d KB gzipped \(budget 20\.0 KB\)/);
  });

  it('fails the build when a page script is over its budget', () => {
    // Random bytes do not compress: 30 KB stays about 30 KB gzipped.
    const out = build(randomBytes(30 * 1024));
    expect(() => checkPageScripts(out, () => undefined)).toThrow(/highlighter\.js is 30\.\d KB gzipped, budget 20\.0 KB/);
  });
});
