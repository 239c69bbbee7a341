import { describe, expect, it } from 'vitest';
import { childForImport } from '@/lib/plan/assign/child-for-import';
import type { RecordForGuess } from '@/lib/plan/assign/guess-child';
import type { Child } from '@/lib/model/plan';

function child(id: string, name: string, schoolSenders: string[] = ['stmarys.sch.uk']): Child {
  return {
    id, name, knownAs: [], school: "St Mary's", schoolSenders, yearGroup: 'Year 3', senStatus: 'sen-support', primaryNeed: null,
    secondaryNeed: null, calendarId: null, evidenceWeeks: 4, createdAt: '2026-09-01T18:00:00.000Z', updatedAt: '2026-09-01T18:00:00.000Z',
  };
}

function from(address: string, text = 'Please see the attached newsletter.'): RecordForGuess {
  return { from: { name: 'Office', address }, to: [], cc: [], subject: 'News', text, quotedText: '' };
}

describe('childForImport', () => {
  const amelia = child('amelia', 'Amelia Jones');

  it('with one child, files what the guess cannot place under them: the council, the NHS, a school messaging service, a letter', () => {
    for (const address of ['sen.team@kent.gov.uk', 'noreply@parentmail.co.uk', 'clinic@nhs.net', '']) {
      expect(childForImport(from(address), [amelia]), address).toBe('amelia');
    }
  });

  it('leaves an email from another school than the child’s for the parent to file, unless it names the child', () => {
    expect(childForImport(from('office@oakfield.sch.uk'), [amelia])).toBeNull();
    expect(childForImport(from('office@oakfield.sch.uk', 'Amelia did well in the holiday club.'), [amelia])).toBe('amelia');
    // With no school listed, any school is taken to be theirs.
    expect(childForImport(from('office@oakfield.sch.uk'), [child('amelia', 'Amelia Jones', [])])).toBe('amelia');
  });

  it('with two children, files only what the guess can tell apart', () => {
    const leo = child('leo', 'Leo Jones', ['oakfield.sch.uk']);
    expect(childForImport(from('sen.team@kent.gov.uk'), [amelia, leo])).toBeNull();
    expect(childForImport(from('office@oakfield.sch.uk'), [amelia, leo])).toBe('leo');
    expect(childForImport(from('x@y.com'), [])).toBeNull();
  });
});
