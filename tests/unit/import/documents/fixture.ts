// Reads a committed fixture from tests/fixtures/import/documents (see its README for how each was made).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'tests/fixtures/import/documents');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** The text's lines, trimmed, without the blank ones. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Where each needle first appears; -1 for a missing one. Reading order is these rising. */
export function positions(text: string, needles: readonly string[]): number[] {
  return needles.map((n) => text.indexOf(n));
}
