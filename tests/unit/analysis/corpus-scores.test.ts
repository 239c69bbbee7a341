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
  vague: { f1: number; precision: number };
  concerns: { f1: number; emails: number };
}

function score(corpusPath: string): Scores {
  const emails = readJsonEmails(readFileSync(corpusPath, 'utf8'), corpusPath);
  const out = join(mkdtempSync(join(tmpdir(), 'scores-')), 'pred.json');
  writeFileSync(out, JSON.stringify(emails.map((e) => toCliEntry(e.id, analyse(e, { calendar })))));
  const run = spawnSync(process.execPath, [scorer, '--gold', corpusPath, '--pred', out, '--json'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Scores;
}

interface Floor {
  dates: [f1: number, day: number];
  commitments: [f1: number, actor: number, due: number];
  vague: [f1: number, precision: number];
  concerns?: number;
}

function expectAtLeast(s: Scores, floor: Floor): void {
  expect(s.dates.f1, 'dates F1').toBeGreaterThanOrEqual(floor.dates[0]);
  expect(s.dates.valueAccuracy, 'dates: day right').toBeGreaterThanOrEqual(floor.dates[1]);
  expect(s.commitments.f1, 'commitments F1').toBeGreaterThanOrEqual(floor.commitments[0]);
  expect(s.commitments.actorAccuracy, 'commitments: actor').toBeGreaterThanOrEqual(floor.commitments[1]);
  expect(s.commitments.dueAccuracy, 'commitments: due').toBeGreaterThanOrEqual(floor.commitments[2]);
  expect(s.vague.f1, 'vague F1').toBeGreaterThanOrEqual(floor.vague[0]);
  expect(s.vague.precision, 'vague precision').toBeGreaterThanOrEqual(floor.vague[1]);
  if (floor.concerns !== undefined) {
    expect(s.concerns.emails, 'warning signs annotated').toBeGreaterThan(0);
    expect(s.concerns.f1, 'warning signs F1').toBeGreaterThanOrEqual(floor.concerns);
  }
}

// Issue 10's targets for real writing.
const REAL_FLOOR: Floor = { dates: [0.97, 0.97], commitments: [0.92, 0.95, 0.95], vague: [0.9, 0.92], concerns: 0.9 };
// A little under what the rules score on it when this was written, so a change that loses
// generalisation fails here instead of on someone else's held-out set.
const BLIND_FLOOR: Floor = { dates: [0.95, 0.95], commitments: [0.92, 0.95, 0.92], vague: [0.92, 0.9], concerns: 0.75 };

describe('accuracy on annotated school writing', () => {
  it('finds the shared scorer and corpora', () => {
    expect(existsSync(scorer)).toBe(true);
    expect(calendar).not.toBeNull();
  });

  // Issue 10's targets for the sample emails.
  it('meets the targets on the sample emails', () => {
    expectAtLeast(score(sharedFile('corpus', 'emails.json')), { dates: [0.97, 0.97], commitments: [0.95, 0.95, 0.95], vague: [0.95, 0.9] });
  });

  // Real texts by English schools, councils and services (read from ../shared, never copied here).
  it('meets the targets on real school writing', () => {
    expectAtLeast(score(sharedFile('corpus', 'real-passages.json')), REAL_FLOOR);
  });

  // Written blind to the revised guidelines by another hand, in the style of real school writing;
  // the rules are never tuned to single texts of it.
  it('generalises to texts written blind to the revised guidelines', () => {
    expectAtLeast(score(join(process.cwd(), 'tests', 'fixtures', 'analysis', 'blind-real-style.json')), BLIND_FLOOR);
  });

  // Written independently to the first guidelines; still scored so older rules do not rot.
  it('generalises to our own older held-out emails', () => {
    expectAtLeast(score(join(process.cwd(), 'tests', 'fixtures', 'analysis', 'heldout-emails.json')), {
      dates: [0.95, 0.95],
      commitments: [0.95, 0.95, 0.95],
      vague: [0.9, 0.9],
    });
  });
});
