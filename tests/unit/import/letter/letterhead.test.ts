import { describe, expect, it } from 'vitest';
import { letterhead } from '@/lib/import/letter/letterhead';

const BODY = '\n\nDear Mr and Mrs Ahmed,\n\nWe will review the plan by half term.\n\nYours sincerely,\n\nMs Rachel Turner\nSENCo';

describe('letterhead: the organisation that wrote the letter', () => {
  const cases: [string, string, string][] = [
    ['a school', 'Brookfield Primary School\nMeadow Lane, Eastwick EW4 2PQ\n12 March 2026', 'Brookfield Primary School'],
    ['an academy under a crest line', 'Learning together\nOakfield Academy\nStation Road', 'Oakfield Academy'],
    ['a council', 'Eastwick Borough Council\nSEND Service\nCivic Centre', 'Eastwick Borough Council'],
    ['an NHS trust', 'Eastwick NHS Foundation Trust\nChild Development Centre', 'Eastwick NHS Foundation Trust'],
    ['a federation', 'The Riverside Federation of Schools', 'The Riverside Federation of Schools'],
    ['a service', 'Educational Psychology Service', 'Educational Psychology Service'],
    ['a partnership', 'Eastwick SEND Partnership', 'Eastwick SEND Partnership'],
    ['a college', 'Eastwick Sixth Form College', 'Eastwick Sixth Form College'],
    ['a trust', 'Riverside Learning Trust', 'Riverside Learning Trust'],
    ['the school part of a line that also holds its address', 'Brookfield Primary School, Meadow Lane, Eastwick', 'Brookfield Primary School'],
    ['the school part of a line split with a bar', 'Headteacher: Mr D Okafor | Brookfield Primary School', 'Brookfield Primary School'],
    ['no organisation word: the first short line', 'Little Acorns\n14 Orchard Close\nEastwick EW4 3RT', 'Little Acorns'],
  ];
  for (const [what, top, name] of cases) {
    it(`names ${what}`, () => {
      expect(letterhead(`${top}${BODY}`)?.name).toBe(name);
    });
  }

  it('prefers a named organisation above the date line to one in the recipient’s address below it', () => {
    const text = 'Eastwick Borough Council\n05/02/2026\nThe Headteacher\nBrookfield Primary School' + BODY;
    expect(letterhead(text)?.name).toBe('Eastwick Borough Council');
  });

  it('does not take a telephone, email, address, reference or "private and confidential" line for a name', () => {
    const text = 'Private and confidential\nTel: 01632 960123\nsend@eastwick.gov.uk\n14 Orchard Close\nEW4 3RT\nOur ref: AB/12' + BODY;
    expect(letterhead(text)).toEqual({ name: '', address: 'send@eastwick.gov.uk' });
  });

  it('does not take a sentence for a name', () => {
    const text = 'Thank you for using our service today.' + BODY;
    expect(letterhead(text)?.name ?? '').toBe('');
  });

  it('is null for a letter that opens with its greeting and has no email address', () => {
    expect(letterhead('Dear Parent,\n\nWe will keep an eye on it.\n\nKind regards,\nMrs Khan')).toBeNull();
    expect(letterhead('')).toBeNull();
  });
});

describe('letterhead: the email address', () => {
  it('takes the first address at the top, lower-cased', () => {
    const text = 'Brookfield Primary School\nEmail: Office@Brookfield.Eastwick.sch.uk\n12 March 2026' + BODY + '\nsenco@brookfield.eastwick.sch.uk';
    expect(letterhead(text)).toEqual({ name: 'Brookfield Primary School', address: 'office@brookfield.eastwick.sch.uk' });
  });

  it('takes the sign-off’s address when the top has none', () => {
    const text = 'Brookfield Primary School\n12 March 2026' + BODY + '\nRachel.Turner@Brookfield.Eastwick.sch.uk';
    expect(letterhead(text)).toEqual({ name: 'Brookfield Primary School', address: 'rachel.turner@brookfield.eastwick.sch.uk' });
  });

  it('does not take the recipient’s address for the writer’s', () => {
    const text = 'Brookfield Primary School\n12 March 2026\nBy email: parent.ahmed@example.com' + BODY + '\nsenco@brookfield.eastwick.sch.uk';
    expect(letterhead(text)?.address).toBe('senco@brookfield.eastwick.sch.uk');
  });

  it('does not read an address from the middle of the letter', () => {
    const text = 'Brookfield Primary School\n12 March 2026\n\nDear Parent,\n\nPlease write to the clinic at clinic@example.nhs.uk if you wish.\n\n' + 'More text.\n'.repeat(12) + '\nYours sincerely,\nMs Turner';
    expect(letterhead(text)).toEqual({ name: 'Brookfield Primary School', address: '' });
  });

  it('is empty when the letter shows none', () => {
    expect(letterhead('Brookfield Primary School' + BODY)).toEqual({ name: 'Brookfield Primary School', address: '' });
  });
});

describe('letterhead: a letter that opens with the recipient', () => {
  it('does not name the recipient as the sender', () => {
    expect(letterhead('Mr and Mrs Ahmed\n14 Orchard Close\nEastwick EW4 3RT\n12 March 2026' + BODY)).toBeNull();
    expect(letterhead('The Parents of Amira Ahmed\n12 March 2026' + BODY)).toBeNull();
  });
});
