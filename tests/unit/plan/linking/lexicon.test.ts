import { describe, expect, it } from 'vitest';
import { INTERVENTIONS } from '@/lib/plan/linking/interventions';
import { compileLexicon, findEntries } from '@/lib/plan/linking/lexicon-entry';
import { STAFF_ROLES } from '@/lib/plan/linking/staff-roles';

const interventions = compileLexicon(INTERVENTIONS);

function found(text: string): string[] {
  return findEntries(interventions, text).map((h) => h.entry.id);
}

describe('intervention lexicon', () => {
  it('has one entry per id', () => {
    const all = [...INTERVENTIONS, ...STAFF_ROLES].map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds every phrase and abbreviation it lists', () => {
    for (const entry of INTERVENTIONS) {
      for (const phrase of [...entry.phrases, ...(entry.exact ?? [])]) {
        expect(found(`We talked about ${phrase} today.`), `${entry.id}: ${phrase}`).toContain(entry.id);
      }
    }
  });

  it('finds plurals, hyphens written as spaces, and line breaks', () => {
    expect(found('Two movement breaks before lunch')).toContain('movement-breaks');
    expect(found('a Lego-based\ntherapy group')).toContain('lego-therapy');
    expect(found('her checkin with Mr Obi')).toContain('pastoral-check-in');
  });

  it('does not take the verb "check in" for the noun "check-in"', () => {
    expect(found('I will check in with you on Friday.')).not.toContain('pastoral-check-in');
  });

  it('does not find a name inside another word', () => {
    expect(found('Lexiana is in Year 2.')).toEqual([]);
    expect(found('The EPA rules')).toEqual([]);
    expect(found('He got 11 out of 20.')).toEqual([]);
  });

  it('finds case-sensitive abbreviations only as written', () => {
    expect(found('The OT report arrived.')).toContain('ot');
    expect(found('I got it from the shop.')).toEqual([]);
    expect(found('a pinch of salt')).toEqual([]);
    expect(found('Elsa and Zara')).toEqual([]);
    expect(found('2 plus 1 is 3')).toEqual([]);
  });
});
