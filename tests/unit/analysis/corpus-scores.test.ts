import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';
import { readJsonEmails } from '@/lib/cli/read-input';
import { toCliEntry } from '@/lib/cli/cli-entry';
import { sharedFile } from '../../support/shared-corpus';

// The accuracy targets, scored by the shared scorer exactly as `npm run eval` does, so a
// rule change that loses accuracy fails the build instead of surfacing in the closing note.
const scorer = sharedFile('tools', 'score-analysis.mjs');
const calendarCheck = parseTermCalendar(readFileSync(sharedFile('corpus', 'term-calendar.json'), 'utf8'));
const calendar = calendarCheck.ok ? calendarCheck.calendar : null;

interface Scores {
  dates: { f1: number; valueAccuracy: number };
  commitments: { f1: number; dueAccuracy: number; actorAccuracy: number };
  vague: { f1: number };
}

function score(corpusPath: string): Scores {
  const emails = readJsonEmails(readFileSync(corpusPath, 'utf8'), corpusPath);
  const out = join(mkdtempSync(join(tmpdir(), 'scores-')), 'pred.json');
  writeFileSync(out, JSON.stringify(emails.map((e) => toCliEntry(e.id, analyse(e, { calendar })))));
  const run = spawnSync(process.execPath, [scorer, '--gold', corpusPath, '--pred', out, '--json'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Scores;
}

describe('accuracy on annotated school emails', () => {
  it('finds the shared scorer and corpus', () => {
    expect(existsSync(scorer)).toBe(true);
    expect(calendar).not.toBeNull();
  });

  it('meets the targets on the shared corpus', () => {
    const s = score(sharedFile('corpus', 'emails.json'));
    expect(s.dates.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.dates.valueAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.commitments.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.commitments.dueAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.commitments.actorAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.vague.f1).toBeGreaterThanOrEqual(0.88);
  });

  // Written independently to the same guidelines; the rules are never tuned to single emails of it.
  it('generalises to our own held-out corpus', () => {
    const s = score(join(process.cwd(), 'tests', 'fixtures', 'analysis', 'heldout-emails.json'));
    expect(s.dates.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.dates.valueAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.commitments.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.commitments.dueAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.commitments.actorAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.vague.f1).toBeGreaterThanOrEqual(0.85);
  });
});
