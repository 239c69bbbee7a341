import { describe, expect, it } from 'vitest';
import { isMentioned, isSender, staffIn } from '@/lib/plan/linking/staff';

function people(who: string): string[] {
  return staffIn(who).people.map((p) => `${p.title ?? '-'} ${p.firstName ?? '-'} ${p.name}`);
}

describe('staffIn', () => {
  it('reads titled names, with or without a first name or initial', () => {
    expect(people('Mrs Khan (TA)')).toEqual(['Mrs - Khan']);
    expect(people('Mrs Anita Khan, HLTA')).toEqual(['Mrs Anita Khan']);
    expect(people('Mr J. Obi')).toEqual(['Mr - Obi']);
    expect(people('Mrs Khan and Mr Obi')).toEqual(['Mrs - Khan', 'Mr - Obi']);
  });

  it('reads untitled names and leaves out services, roles and professions', () => {
    expect(people('Sarah Bell and the class teacher')).toEqual(['- Sarah Bell']);
    expect(people('NHS SaLT')).toEqual([]);
    expect(people('Speech and Language Therapist, NHS Speech Therapy Team')).toEqual([]);
    expect(people('class teacher')).toEqual([]);
    expect(people('')).toEqual([]);
  });

  it('reads the roles', () => {
    expect(staffIn('Mrs Khan (TA)').roles.map((r) => r.id)).toEqual(['teaching-assistant']);
    expect(staffIn('the SENCo').roles.map((r) => r.id)).toEqual(['senco']);
  });
});

describe('isSender and isMentioned', () => {
  const khan = staffIn('Mrs Anita Khan (TA)').people[0]!;

  it('knows the sender however the name is written', () => {
    for (const sender of ['Anita Khan', 'Mrs A Khan', 'Khan, Anita', 'Mrs Khan', 'KHAN Anita (St Mary’s)']) {
      expect(isSender(khan, sender), sender).toBe(true);
    }
  });

  it('does not take someone else with the same surname for the sender', () => {
    for (const sender of ['Mr Khan', 'Sara Khan', 'Anita Patel', '']) expect(isSender(khan, sender), sender).toBe(false);
  });

  it('finds the person in text by surname, minding the title', () => {
    expect(isMentioned(khan, 'I spoke to Mrs Khan this morning.')).toBe(true);
    expect(isMentioned(khan, 'Ms Khan will ring you.')).toBe(true);
    expect(isMentioned(khan, 'Khan will ring you.')).toBe(true);
    expect(isMentioned(khan, 'Mr Khan will ring you.')).toBe(false);
    expect(isMentioned(khan, 'The khanate of old.')).toBe(false);
  });
});
