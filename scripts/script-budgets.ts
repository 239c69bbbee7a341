// Scripts that run inside web pages must stay small (issue 5: the highlighter under 20 KB
// gzipped). Every build reports their sizes and fails when one is over its budget, so a heavy
// import never slips into a webmail page unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped budgets in bytes, by path inside the build's output folder. */
export const PAGE_SCRIPT_BUDGETS: Record<string, number> = {
  'content-scripts/highlighter.js': 20 * 1024,
  // Injected only on a click; it carries Readability and DOMPurify.
  'capture.js': 48 * 1024,
};

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipped: number;
  budget: number;
}

export function pageScriptSizes(outDir: string): ScriptSize[] {
  return Object.entries(PAGE_SCRIPT_BUDGETS)
    .filter(([file]) => existsSync(path.join(outDir, file)))
    .map(([file, budget]) => {
      const content = readFileSync(path.join(outDir, file));
      return { file, bytes: content.length, gzipped: gzipSync(content, { level: 9 }).length, budget };
    });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the sizes; throws (failing the build) when a script is over its budget. */
export function checkPageScripts(outDir: string, log: (line: string) => void = console.log): void {
  const sizes = pageScriptSizes(outDir);
  for (const s of sizes) log(`  page script ${s.file}: ${kb(s.bytes)}, ${kb(s.gzipped)} gzipped (budget ${kb(s.budget)})`);
  const over = sizes.filter((s) => s.gzipped > s.budget);
  if (over.length) throw new Error(`Over budget: ${over.map((s) => `${s.file} is ${kb(s.gzipped)} gzipped, budget ${kb(s.budget)}`).join('; ')}`);
}
