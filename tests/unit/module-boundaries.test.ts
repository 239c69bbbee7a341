import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundaries in eslint.config.js are architecture, so prove each rule bites where it should
// and stays quiet where the code is allowed.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const PURE_KERNELS = ['model', 'calendar', 'analysis', 'findings', 'plan', 'util'];

describe('module boundaries', () => {
  it('lib/ may not import UI or wiring', async () => {
    expect(await ruleIds('lib/background/probe.ts', "import { App } from '@/components/App';\nexport const a = App;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/background/probe.ts', "import x from '../../entrypoints/background';\nexport const a = x;\n")).toContain('no-restricted-imports');
  });

  it('code that runs in web pages (capture and sites) may not use extension APIs, storage or language libraries', async () => {
    for (const folder of ['lib/capture', 'lib/sites/gmail']) {
      expect(await ruleIds(`${folder}/probe.ts`, "import { browser } from 'wxt/browser';\nexport const a = browser;\n"), folder).toContain('no-restricted-imports');
      expect(await ruleIds(`${folder}/probe.ts`, "import Dexie from 'dexie';\nexport const a = Dexie;\n"), folder).toContain('no-restricted-imports');
      expect(await ruleIds(`${folder}/probe.ts`, "import nlp from 'compromise';\nexport const a = nlp;\n"), folder).toContain('no-restricted-imports');
    }
  });

  it('the pure kernels may not touch any browser API or storage', async () => {
    for (const folder of PURE_KERNELS) {
      expect(await ruleIds(`lib/${folder}/probe.ts`, 'export const t = document.title;\n'), folder).toContain('no-restricted-globals');
      expect(await ruleIds(`lib/${folder}/probe.ts`, 'export const t = window.location.href;\n'), folder).toContain('no-restricted-globals');
      expect(await ruleIds(`lib/${folder}/probe.ts`, "import { browser } from 'wxt/browser';\nexport const a = browser;\n"), folder).toContain('no-restricted-imports');
      expect(await ruleIds(`lib/${folder}/probe.ts`, "import Dexie from 'dexie';\nexport const a = Dexie;\n"), folder).toContain('no-restricted-imports');
    }
  });

  it('the pure kernels never import presentation (lib/ui)', async () => {
    for (const folder of PURE_KERNELS) {
      expect(await ruleIds(`lib/${folder}/probe.ts`, "import { snippet } from '@/lib/ui/format';\nexport const a = snippet;\n"), folder).toContain('no-restricted-imports');
    }
  });

  it('protocol files, which the page-side highlighter imports, reach the extension only through the one sender', async () => {
    expect(await ruleIds('lib/protocol/probe.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/protocol/ask-background.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toEqual([]);
  });

  it('the import runs in a worker: no extension API, no DOM, no network; its readers never write the record', async () => {
    for (const file of ['lib/import/mbox/probe.ts', 'lib/import/pipeline/probe.ts']) {
      expect(await ruleIds(file, "import { browser } from 'wxt/browser';\nexport const a = browser;\n"), file).toContain('no-restricted-imports');
      expect(await ruleIds(file, "export const t = fetch('https://example.com');\n"), file).toContain('no-restricted-globals');
      expect(await ruleIds(file, 'export const t = document.title;\n'), file).toContain('no-restricted-globals');
    }
    expect(await ruleIds('lib/import/documents/probe.ts', "import { getDatabase } from '@/lib/db/database';\nexport const a = getDatabase;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/import/pipeline/probe.ts', "import { getDatabase } from '@/lib/db/database';\nexport const a = getDatabase;\n")).toEqual([]);
  });

  it('only lib/db uses Dexie', async () => {
    expect(await ruleIds('lib/background/probe.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/backup/probe.ts', "import type { Table } from 'dexie';\nexport type A = Table;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/db/repositories/probe.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toEqual([]);
  });

  it('in the UI, only components/hooks reads or writes the database', async () => {
    expect(await ruleIds('components/sidepanel/Probe.tsx', "import { getDatabase } from '@/lib/db/database';\nexport const a = getDatabase;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('components/sidepanel/Probe.tsx', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const a = useLiveQuery;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('components/hooks/use-probe.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nimport { getDatabase } from '@/lib/db/database';\nexport const a = [useLiveQuery, getDatabase];\n")).toEqual([]);
  });

  it('no import cycles', async () => {
    // lib/calendar/day-words.ts imports lib/calendar/day.ts; importing it back closes a cycle.
    const cyclic = "import { longDay } from '@/lib/calendar/day-words';\nexport const a = longDay;\n";
    expect(await ruleIds('lib/calendar/day.ts', cyclic)).toContain('import-x/no-cycle');
    expect(await ruleIds('lib/calendar/probe.ts', cyclic)).toEqual([]);
  });

  it('allows what each layer is for', async () => {
    expect(await ruleIds('lib/background/probe.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n")).toEqual([]);
  });
});
