import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../../scripts/build-cli.mjs';

// The rule that keeps `npm run analyse` from running stale code: rebuild when the bundle is missing,
// its list of sources is missing, or any source is newer than it or gone.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(sources: Record<string, number>, bundleAt: number | null, list: string[] | null = Object.keys(sources)) {
  const root = mkdtempSync(join(tmpdir(), 'build-cli-'));
  dirs.push(root);
  mkdirSync(join(root, 'lib'));
  for (const [file, at] of Object.entries(sources)) {
    writeFileSync(join(root, file), 'export {};\n');
    utimesSync(join(root, file), at, at);
  }
  const bundle = join(root, 'analyse.mjs');
  const inputs = join(root, 'analyse.inputs.json');
  if (bundleAt !== null) {
    writeFileSync(bundle, '// built\n');
    utimesSync(bundle, bundleAt, bundleAt);
  }
  if (list !== null) writeFileSync(inputs, JSON.stringify(list));
  return { root, bundle, inputs };
}

describe('the CLI bundle is rebuilt exactly when it is out of date', () => {
  it('is up to date when every source is older than the bundle', () => {
    expect(staleReason(project({ 'lib/a.ts': 1000, 'lib/b.ts': 2000 }, 3000))).toBeNull();
  });

  it('names the source that changed after the build', () => {
    expect(staleReason(project({ 'lib/a.ts': 1000, 'lib/b.ts': 4000 }, 3000))).toBe('lib/b.ts changed');
  });

  it('rebuilds when there is no bundle, no list of sources, or a source is gone', () => {
    expect(staleReason(project({ 'lib/a.ts': 1000 }, null))).toBe('no bundle yet');
    expect(staleReason(project({ 'lib/a.ts': 1000 }, 3000, null))).toMatch(/list of sources is missing/);
    expect(staleReason(project({ 'lib/a.ts': 1000 }, 3000, ['lib/a.ts', 'lib/gone.ts']))).toBe('lib/gone.ts is gone');
  });
});
