import { describe, expect, it } from 'vitest';
import { NEED_CODES } from '@/lib/plan/needs';
import type { Child } from '@/lib/model/plan';
import { childFieldErrors, childFromDraft, draftFromChild, wholeNumber } from '@/lib/ui/forms/child-draft';
import { STATUS_OPTIONS, YEAR_GROUPS, isNeedCode, needGroups, needLabel, yearGroupOptions } from '@/lib/ui/forms/child-options';

const child: Child = {
  id: 'c1',
  name: 'Amelia Jones',
  knownAs: ['Millie'],
  school: 'St Mary’s',
  schoolSenders: ['stmarys.sch.uk', 'senco@stmarys.sch.uk'],
  yearGroup: 'Year 4',
  senStatus: 'sen-support',
  primaryNeed: 'SLCN',
  secondaryNeed: null,
  calendarId: 'cal1',
  evidenceWeeks: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('child form options', () => {
  it('offers nursery to post-16', () => {
    expect(YEAR_GROUPS[0]).toBe('Nursery');
    expect(YEAR_GROUPS[1]).toBe('Reception');
    expect(YEAR_GROUPS).toContain('Year 1');
    expect(YEAR_GROUPS).toContain('Year 13');
    expect(YEAR_GROUPS.at(-1)).toBe('Post-16');
    expect(YEAR_GROUPS).toHaveLength(16);
  });

  it('keeps a year group saved before that is not in the list', () => {
    expect(yearGroupOptions('P7')).toContain('P7');
    expect(yearGroupOptions('Year 4')).toEqual([...YEAR_GROUPS]);
  });

  it('shows the census code with each SEN status', () => {
    expect(STATUS_OPTIONS.map((o) => o.label)).toEqual(['SEN Support (K)', 'EHC plan (E)', 'Monitoring (not on the SEN register)']);
  });

  it('groups every need once under its broad area, then Other', () => {
    const groups = needGroups();
    expect(groups.map((g) => g.label)).toEqual([
      'Communication and interaction',
      'Cognition and learning',
      'Social, emotional and mental health',
      'Sensory and/or physical',
      'Other',
    ]);
    const codes = groups.flatMap((g) => g.options.map((o) => o.value));
    expect([...codes].sort()).toEqual([...NEED_CODES].sort());
    expect(needLabel('SLCN')).toBe('SLCN – Speech, language and communication needs');
    expect(isNeedCode('ASD')).toBe(true);
    expect(isNeedCode('')).toBe(false);
  });
});

describe('child draft', () => {
  it('round-trips a child', () => {
    expect(childFromDraft(child, draftFromChild(child))).toEqual(child);
  });

  it('reads the boxes into a child', () => {
    const draft = { ...draftFromChild(child), name: '  Ben Jones ', knownAs: 'Benji, ', senders: 'Oak.org.uk\n', primaryNeed: '' as const, evidenceWeeks: '6' };
    expect(childFromDraft(child, draft)).toMatchObject({ name: 'Ben Jones', knownAs: ['Benji'], schoolSenders: ['oak.org.uk'], primaryNeed: null, evidenceWeeks: 6, id: 'c1' });
  });

  it('says what must be fixed, field by field', () => {
    expect(childFieldErrors(draftFromChild(child))).toEqual({});
    expect(childFieldErrors({ ...draftFromChild(child), name: ' ', evidenceWeeks: '0', secondaryNeed: 'SLCN' })).toEqual({
      name: 'Enter your child’s name.',
      secondaryNeed: 'The secondary need must differ from the primary need.',
      evidenceWeeks: 'Enter a whole number of school weeks from 1 to 52.',
    });
    expect(childFieldErrors({ ...draftFromChild(child), evidenceWeeks: '4.5' }).evidenceWeeks).toBeDefined();
    expect(childFieldErrors({ ...draftFromChild(child), evidenceWeeks: '53' }).evidenceWeeks).toBeDefined();
    expect(childFieldErrors({ ...draftFromChild(child), evidenceWeeks: '52' }).evidenceWeeks).toBeUndefined();
  });

  it('reads whole numbers only', () => {
    expect(wholeNumber(' 12 ')).toBe(12);
    expect(wholeNumber('')).toBeNaN();
    expect(wholeNumber('1e2')).toBeNaN();
  });
});
