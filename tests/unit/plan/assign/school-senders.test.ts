import { describe, expect, it } from 'vitest';
import { matchSchoolSender } from '@/lib/plan/assign/school-senders';

describe('matchSchoolSender', () => {
  const listed = ['stmarys.sch.uk', ' SENCo@Oakfield.org.uk ', '@northshire.gov.uk'];

  it('matches a listed domain and its subdomains, in any case', () => {
    expect(matchSchoolSender('a.khan@stmarys.sch.uk', listed)).toBe('stmarys.sch.uk');
    expect(matchSchoolSender('Office@Mail.StMarys.sch.uk', listed)).toBe('stmarys.sch.uk');
    expect(matchSchoolSender('sen.team@northshire.gov.uk', listed)).toBe('@northshire.gov.uk');
  });

  it('matches a listed address only exactly', () => {
    expect(matchSchoolSender('senco@oakfield.org.uk', listed)).toBe('SENCo@Oakfield.org.uk');
    expect(matchSchoolSender('office@oakfield.org.uk', listed)).toBeNull();
  });

  it('does not match look-alike domains or empty addresses', () => {
    expect(matchSchoolSender('x@notstmarys.sch.uk', listed)).toBeNull();
    expect(matchSchoolSender('x@stmarys.sch.uk.example.com', listed)).toBeNull();
    expect(matchSchoolSender('', listed)).toBeNull();
    expect(matchSchoolSender('stmarys.sch.uk', listed)).toBeNull();
  });

  it('ignores a webmail domain listed whole, but not a webmail address', () => {
    expect(matchSchoolSender('anyone@gmail.com', ['gmail.com'])).toBeNull();
    expect(matchSchoolSender('mrs.khan.ta@gmail.com', ['mrs.khan.ta@gmail.com'])).toBe('mrs.khan.ta@gmail.com');
  });
});
