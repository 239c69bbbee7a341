import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real command, as `npm run analyse -- ARGS` runs it (without npm's own startup): the launcher
// builds dist-cli/analyse.mjs when it is missing or older than its sources, then runs it.
function run(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/build-cli.mjs', '--run', ...args], { encoding: 'utf8' });
}

describe('npm run analyse', () => {
  it('prints one entry per email with the documented fields', () => {
    const result = run('tests/fixtures/email/senco-plan.eml', 'tests/fixtures/email/two-messages.mbox');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.map((e: { id: string }) => e.id)).toEqual(['plan-2024-09-10@oakfield-primary.sch.uk', 'one@oakfield-primary.sch.uk', 'two-messages.mbox#2']);
    for (const entry of out) expect(Object.keys(entry)).toEqual(['id', 'dates', 'commitments', 'vague', 'concerns']);
  }, 30_000);

  it.each([
    ['no input', [], /usage/],
    ['a missing file', ['nope.json'], /cannot read nope\.json/],
    ['an unknown kind of file', ['package.json.txt'], /cannot read|expected a \.json/],
    ['a broken calendar', ['--terms', 'package.json', 'tests/fixtures/email/senco-plan.eml'], /terms/],
  ])('exits 2 with a clear message on %s', (_name, args, message) => {
    const result = run(...(args as string[]));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  }, 30_000);

  it('exits 2 on JSON that is not a list of emails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyse-'));
    writeFileSync(join(dir, 'bad.json'), '{"not":"a list"}');
    const result = run(join(dir, 'bad.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/JSON array/);
  }, 30_000);
});
