import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The highlighter runs inside webmail pages and must stay small: eslint.config.js keeps out what
// would make it big or give it powers it should reach only through lib/highlight/content/extension.ts.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('highlighter boundaries', () => {
  it('no extension API except through the thin module', async () => {
    expect(await ruleIds('lib/highlight/content/probe.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('entrypoints/highlighter.content.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/highlight/content/probe.ts', 'export const a = browser.runtime.id;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('lib/highlight/content/extension.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toEqual([]);
  });

  it('no storage, language libraries, sanitiser, React or capture adapters', async () => {
    for (const name of ['dexie', 'compromise', 'chrono-node', 'dompurify', '@mozilla/readability', 'react']) {
      expect(await ruleIds('lib/highlight/content/probe.ts', `import x from '${name}';\nexport const a = x;\n`), name).toContain('no-restricted-imports');
    }
    expect(await ruleIds('lib/highlight/content/probe.ts', "import { outlookAdapter } from '@/lib/sites/outlook/capture';\nexport const a = outlookAdapter;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/highlight/content/probe.ts', "import { GMAIL_SELECTORS } from '@/lib/sites/gmail/selectors';\nexport const a = GMAIL_SELECTORS;\n")).toEqual([]);
  });
  it('the same budget holds for the code outside lib/highlight that the highlighter loads', async () => {
    for (const file of ['lib/sites/gmail/highlight.ts', 'lib/sites/highlight-reader.ts', 'lib/findings/kinds.ts', 'lib/protocol/highlighter.ts']) {
      for (const name of ['dompurify', 'react', 'dexie', 'compromise', 'wxt/browser']) {
        expect(await ruleIds(file, `import x from '${name}';\nexport const a = x;\n`), `${file}: ${name}`).toContain('no-restricted-imports');
      }
      expect(await ruleIds(file, "import { gmailAdapter } from '@/lib/sites/gmail/capture';\nexport const a = gmailAdapter;\n"), file).toContain('no-restricted-imports');
      expect(await ruleIds(file, "import { sanitizeHtml } from '@/lib/sites/dom/sanitize';\nexport const a = sanitizeHtml;\n"), file).toContain('no-restricted-imports');
    }
  });
});
