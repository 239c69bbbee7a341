import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundaries in eslint.config.js are architecture, so prove the rules bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('module boundaries', () => {
  it('lib/ may not import UI or wiring', async () => {
    expect(await ruleIds('lib/records/probe.ts', "import { App } from '@/components/App';\nexport const a = App;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/records/probe.ts', "import x from '../../entrypoints/background';\nexport const a = x;\n")).toContain('no-restricted-imports');
  });

  it('capture code, which runs in web pages, may not use extension APIs or storage', async () => {
    expect(await ruleIds('lib/capture/probe.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/capture/probe.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
  });

  it('analysis may not touch any browser API', async () => {
    expect(await ruleIds('lib/analysis/probe.ts', 'export const t = document.title;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('lib/analysis/probe.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toContain('no-restricted-imports');
  });

  it('plan rules are pure too: no browser API and no storage', async () => {
    expect(await ruleIds('lib/plan/probe.ts', 'export const t = window.location.href;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('lib/plan/probe.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
  });

  it('allows what each layer is for', async () => {
    expect(await ruleIds('lib/background/probe.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toEqual([]);
  });
});
