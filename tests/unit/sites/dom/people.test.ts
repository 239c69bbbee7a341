import { describe, expect, it } from 'vitest';
import { parsePeople, parsePerson, personFromElement } from '../../../../lib/sites/dom/people';
import { el } from '../dom-fixture';

describe('parsePerson', () => {
  it.each([
    ['Mrs Anita Patel <A.Patel@Oakfield.sch.uk>', { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.sch.uk' }],
    ['"Patel, Anita" <a.patel@oakfield.sch.uk>', { name: 'Patel, Anita', address: 'a.patel@oakfield.sch.uk' }],
    ['a.patel@oakfield.sch.uk', { name: '', address: 'a.patel@oakfield.sch.uk' }],
    ['<a.patel@oakfield.sch.uk>', { name: '', address: 'a.patel@oakfield.sch.uk' }],
    ['Anita Patel (a.patel@oakfield.sch.uk)', { name: 'Anita Patel', address: 'a.patel@oakfield.sch.uk' }],
    ['From: Mrs Anita Patel <a.patel@oakfield.sch.uk>', { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.sch.uk' }],
    ['Mrs Anita Patel', { name: 'Mrs Anita Patel', address: '' }],
    ['', { name: '', address: '' }],
  ])('%s', (s, p) => {
    expect(parsePerson(s)).toEqual(p);
  });
});

describe('parsePeople', () => {
  it('splits on commas and semicolons, keeping commas inside names', () => {
    expect(parsePeople('To: Jo Bennett <jo@example.co.uk>; "Hughes, Tom" <t.hughes@oakfield.sch.uk>, Patel, Anita <a.patel@oakfield.sch.uk>, office@oakfield.sch.uk')).toEqual([
      { name: 'Jo Bennett', address: 'jo@example.co.uk' },
      { name: 'Hughes, Tom', address: 't.hughes@oakfield.sch.uk' },
      { name: 'Patel, Anita', address: 'a.patel@oakfield.sch.uk' },
      { name: '', address: 'office@oakfield.sch.uk' },
    ]);
  });

  it('splits a list of names only', () => {
    expect(parsePeople('Jo Bennett; Tom Hughes, Anita Patel')).toEqual([
      { name: 'Jo Bennett', address: '' },
      { name: 'Tom Hughes', address: '' },
      { name: 'Anita Patel', address: '' },
    ]);
  });

  it('returns [] for nothing', () => {
    expect(parsePeople('  ')).toEqual([]);
  });
});

describe('personFromElement', () => {
  it("reads Gmail's email and name attributes", () => {
    expect(personFromElement(el('<span email="A.Patel@oakfield.sch.uk" name="Mrs Anita Patel">Anita</span>'))).toEqual({ name: 'Mrs Anita Patel', address: 'a.patel@oakfield.sch.uk' });
  });
  it('reads a title "Name <address>"', () => {
    expect(personFromElement(el('<span title="Tom Hughes &lt;t.hughes@oakfield.sch.uk&gt;">Tom</span>'))).toEqual({ name: 'Tom Hughes', address: 't.hughes@oakfield.sch.uk' });
  });
  it('reads an address-only title with the name as text', () => {
    expect(personFromElement(el('<button title="jo@example.co.uk">Jo Bennett</button>'))).toEqual({ name: 'Jo Bennett', address: 'jo@example.co.uk' });
  });
});
