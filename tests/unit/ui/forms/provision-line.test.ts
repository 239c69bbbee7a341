import { describe, expect, it } from 'vitest';
import { parseProvisionLine } from '@/lib/ui/forms/provision-line';

describe('parseProvisionLine', () => {
  it('reads the example line from the form', () => {
    expect(parseProvisionLine('Lexia 3 x 20 mins weekly with Mrs Khan')).toEqual({
      what: 'Lexia',
      who: 'Mrs Khan',
      times: 3,
      per: 'week',
      minutes: 20,
      found: ['times', 'per', 'minutes', 'who'],
    });
  });

  it.each([
    ['Speech and language therapy, 30 minutes, once a fortnight, with the SALT', 'Speech and language therapy', 'the SALT', 1, 'fortnight', 30],
    ['Time to Talk group, 3 sessions a week, 45 minutes, delivered by Mrs Patel (TA)', 'Time to Talk group', 'Mrs Patel (TA)', 3, 'week', 45],
    ['2 x 30-minute sessions per week of 1:1 reading with a TA', '1:1 reading', 'a TA', 2, 'week', 30],
    ['Precision teaching daily 10 mins', 'Precision teaching', '', 1, 'day', 10],
    ['ELSA sessions x2 weekly, 30mins', 'ELSA', '', 2, 'week', 30],
    ['Fine motor group three times a week for 15 minutes', 'Fine motor group', '', 3, 'week', 15],
    ['Social skills 3 per week, 20 min each', 'Social skills', '', 3, 'week', 20],
    ['SALT input half an hour every two weeks', 'SALT input', '', 1, 'fortnight', 30],
    ['Touch typing 1 hr 30 mins termly', 'Touch typing', '', 1, 'term', 90],
    ['OT programme 1 hour per half term by Occupational Therapy Service', 'OT programme', 'Occupational Therapy Service', 1, 'half-term', 60],
    ['Movement breaks twice daily', 'Movement breaks', '', 2, 'day', null],
    ['Nurture group 4 afternoons a week', 'Nurture group', '', 4, 'week', null],
    ['Speech therapy 2 days a week', 'Speech therapy', '', 2, 'week', null],
    ['Counselling once a year', 'Counselling', '', 1, 'year', null],
  ])('%s', (line, what, who, times, per, minutes) => {
    const parsed = parseProvisionLine(line);
    expect(parsed).toMatchObject({ what, who, times, per, minutes });
  });

  it('keeps a place after the person out of who', () => {
    expect(parseProvisionLine("Maths catch-up 4/week with Mr O'Brien in the library")).toMatchObject({
      what: 'Maths catch-up in the library',
      who: "Mr O'Brien",
      times: 4,
      per: 'week',
    });
  });

  it('does not take a tool or a group for a person after “with”', () => {
    expect(parseProvisionLine('Reading practice with Lexia 3x weekly')).toMatchObject({ what: 'Reading practice with Lexia', who: '', times: 3, per: 'week' });
    expect(parseProvisionLine('Lego therapy with peers weekly').who).toBe('');
  });

  it('does not read 1:1 or 1-1 as a count', () => {
    expect(parseProvisionLine('1:1 reading support').found).toEqual([]);
    expect(parseProvisionLine('1-1 sessions with a TA')).toMatchObject({ times: null, who: 'a TA' });
  });

  it('finds a titled name anywhere', () => {
    expect(parseProvisionLine('Handwriting – Miss Green – 15 mins').who).toBe('Miss Green');
  });

  it('leaves a count without a unit for the parent to finish', () => {
    expect(parseProvisionLine('Lexia 3 x 20 mins')).toMatchObject({ what: 'Lexia', times: 3, per: null, minutes: 20, found: ['times', 'minutes'] });
  });

  it('finds nothing in vague wording, and leaves it as written', () => {
    expect(parseProvisionLine('Access to a quiet space when needed')).toEqual({
      what: 'Access to a quiet space when needed',
      who: '',
      times: null,
      per: null,
      minutes: null,
      found: [],
    });
    expect(parseProvisionLine('').found).toEqual([]);
  });

  it('does not take “in-class” as a word to tidy away', () => {
    expect(parseProvisionLine('In-class support 3 times a week').what).toBe('In-class support');
  });
});
