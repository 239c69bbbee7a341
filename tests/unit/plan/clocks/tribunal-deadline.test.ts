import { describe, expect, it } from 'vitest';
import { tribunalDeadline } from '@/lib/plan/clocks';

// Each expected day was worked out by hand from a calendar: count the months, then apply HESC
// Rules rule 12 (Christmas to New Year and August run on; non-working days move to the next
// working day).
describe('SEND Tribunal appeal deadline', () => {
  it('2 months from the decision letter, unmoved on a working day', () => {
    // 10 September 2026 + 2 months = Tuesday 10 November 2026.
    expect(tribunalDeadline('2026-09-10', null)).toEqual({ dueOn: '2026-11-10', moved: null });
  });

  it('2 months from 31 December 2027 is Tuesday 29 February 2028', () => {
    expect(tribunalDeadline('2027-12-31', null)).toEqual({ dueOn: '2028-02-29', moved: null });
  });

  it('ending on Christmas Day runs on to the first working day after 1 January', () => {
    // 25 October 2026 + 2 months = Friday 25 December 2026. 1 January 2027 is a Friday (a bank
    // holiday anyway), then a weekend, so the first working day after it is Monday 4 January.
    const { dueOn, moved } = tribunalDeadline('2026-10-25', null);
    expect(dueOn).toBe('2027-01-04');
    expect(moved).toBe(
      'The time limit ends on Friday 25 December 2026. When an appeal time limit ends between 25 December and 1 January, ' +
        'the tribunal rules give you until the first working day after 1 January: Monday 4 January 2027.',
    );
  });

  it('ending on 1 January itself runs on too', () => {
    // 1 November 2026 + 2 months = Friday 1 January 2027.
    expect(tribunalDeadline('2026-11-01', null).dueOn).toBe('2027-01-04');
  });

  it('skips a New Year substitute holiday', () => {
    // 28 October 2021 + 2 months = 28 December 2021. 1 January 2022 is a Saturday, Monday 3 January
    // is the substitute holiday, so Tuesday 4 January.
    expect(tribunalDeadline('2021-10-28', null).dueOn).toBe('2022-01-04');
  });

  it('ending in August runs on to the first working day after 31 August', () => {
    // 15 June 2026 + 2 months = Saturday 15 August 2026; 1 September 2026 is a Tuesday.
    const { dueOn, moved } = tribunalDeadline('2026-06-15', null);
    expect(dueOn).toBe('2026-09-01');
    expect(moved).toMatch(/^The time limit ends on Saturday 15 August 2026\. When an appeal time limit ends in August, .* after 31 August: Tuesday 1 September 2026\.$/);
  });

  it('when 1 September is a Saturday, the Monday after', () => {
    // 10 June 2029 + 2 months = Friday 10 August 2029; 1 September 2029 is a Saturday, so Monday 3 September.
    expect(tribunalDeadline('2029-06-10', null).dueOn).toBe('2029-09-03');
  });

  it('ending on a Saturday moves to the Monday', () => {
    // 14 January 2026 + 2 months = Saturday 14 March 2026.
    expect(tribunalDeadline('2026-01-14', null)).toEqual({
      dueOn: '2026-03-16',
      moved:
        'The time limit ends on Saturday 14 March 2026, which is at the weekend. When it ends on a day that is not a working day, ' +
        'the tribunal rules give you until the next working day: Monday 16 March 2026.',
    });
  });

  it('ending on Easter Monday moves to the Tuesday', () => {
    // 29 January 2027 + 2 months = Monday 29 March 2027, Easter Monday.
    const { dueOn, moved } = tribunalDeadline('2027-01-29', null);
    expect(dueOn).toBe('2027-03-30');
    expect(moved).toContain('which is Easter Monday, a bank holiday');
  });

  it('ending on Good Friday skips the whole Easter weekend', () => {
    // 26 January 2027 + 2 months = Friday 26 March 2027, Good Friday; Monday 29 is Easter Monday.
    const { dueOn, moved } = tribunalDeadline('2027-01-26', null);
    expect(dueOn).toBe('2027-03-30');
    expect(moved).toContain('which is Good Friday.');
  });

  it('a limit ending on Saturday 24 December moves only to the next working day, not into January', () => {
    // 24 October 2022 + 2 months = Saturday 24 December 2022; 26 and 27 December are holidays.
    expect(tribunalDeadline('2022-10-24', null).dueOn).toBe('2022-12-28');
  });

  it('a limit ending on Saturday 31 July moves to Monday 2 August, not to September', () => {
    // 31 May 2027 + 2 months = Saturday 31 July 2027.
    expect(tribunalDeadline('2027-05-31', null).dueOn).toBe('2027-08-02');
  });

  it('1 month from a mediation certificate, when that is later', () => {
    // Letter 1 September 2026: 2 months = Sunday 1 November. Certificate 20 October 2026:
    // 1 month = Friday 20 November, later, and a working day.
    expect(tribunalDeadline('2026-09-01', '2026-10-20')).toEqual({ dueOn: '2026-11-20', moved: null });
  });

  it('the decision letter when its 2 months are later than the certificate month', () => {
    // Letter 10 September 2026: 10 November. Certificate 20 September: 20 October, earlier.
    expect(tribunalDeadline('2026-09-10', '2026-09-20')).toEqual({ dueOn: '2026-11-10', moved: null });
  });

  it('a certificate month ending over Christmas runs on into January', () => {
    // IPSEA's example: letter 1 October 2025 (2 months: 1 December), certificate 29 November 2025
    // (1 month: Monday 29 December). 1 January 2026 is a Thursday, so Friday 2 January.
    expect(tribunalDeadline('2025-10-01', '2025-11-29').dueOn).toBe('2026-01-02');
  });
});
