// Golden fixtures, Defuddle style: each tests/fixtures/capture/NAME.html starts with a comment
// line <!--{"url":"…"}--> giving the address it is served at, and NAME.expected.json is exactly
// what capture must produce for it. UPDATE_GOLDEN=1 rewrites every expected file;
// UPDATE_GOLDEN=gmail-thread,outlook-message rewrites only those. Then read them: they must be what
// a person would call right, not just what the code printed.
// NAME.frame.html files are frame documents other fixtures embed, not fixtures of their own.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../lib/capture/capture-document';

const DIR = join(process.cwd(), 'tests/fixtures/capture');
const UPDATE_ENV = (process.env.UPDATE_GOLDEN ?? '').trim();
const UPDATE_ONLY = new Set(UPDATE_ENV.split(',').map((n) => n.trim().replace(/\.html$/, '')).filter((n) => n !== ''));
function shouldUpdate(file: string): boolean {
  if (UPDATE_ENV === '' || UPDATE_ENV === '0') return false;
  return UPDATE_ENV === '1' || UPDATE_ONLY.has(file.replace(/\.html$/, ''));
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.frame.html'))
  .sort();

function urlOf(html: string, file: string): string {
  const m = /^\s*<!--(\{.*?\})-->/.exec(html);
  if (!m?.[1]) throw new Error(`${file}: first line must be <!--{"url":"…"}-->`);
  const meta = JSON.parse(m[1]) as { url?: unknown };
  if (typeof meta.url !== 'string') throw new Error(`${file}: the first-line comment has no "url"`);
  return meta.url;
}

describe('golden capture fixtures', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const file of fixtures) {
    it(file, () => {
      const html = readFileSync(join(DIR, file), 'utf8');
      const url = urlOf(html, file);
      const dom = new JSDOM(html, { url });
      try {
        const result = captureDocument(dom.window.document, url);
        const expectedPath = join(DIR, file.replace(/\.html$/, '.expected.json'));
        if (shouldUpdate(file)) {
          writeFileSync(expectedPath, `${JSON.stringify(result.ok ? result.items : result, null, 2)}\n`);
          return;
        }
        if (!existsSync(expectedPath)) throw new Error(`${file}: no expected file; run with UPDATE_GOLDEN=1, then check it by hand`);
        const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
        expect(result.ok ? result.items : result).toEqual(expected);
      } finally {
        dom.window.close();
      }
    });
  }
});
