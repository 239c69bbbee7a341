import { describe, expect, it } from 'vitest';
import { computeClocks, type ClockId, type StatutoryClock } from '@/lib/plan/clocks';
import type { ChildEvent, ChildEventKind } from '@/lib/model/plan';

let made = 0;
function event(kind: ChildEventKind, day: string, over: Partial<ChildEvent> = {}): ChildEvent {
  made += 1;
  return { id: `${kind}@${day}`, childId: 'amelia', kind, day, note: '', recordId: null, createdAt: `2020-01-01T00:00:${String(made % 60).padStart(2, '0')}Z`, ...over };
}

function clock(clocks: StatutoryClock[], id: ClockId): StatutoryClock | undefined {
  return clocks.find((c) => c.id === id);
}

// Worked example: a request received on Friday 20 November 2026. Counted by hand on a calendar:
// 6 weeks (42 days) = Friday 1 January 2027 (New Year's Day: these deadlines do not move),
// 16 weeks (112 days) = Friday 12 March 2027, 20 weeks (140 days) = Friday 9 April 2027.
const request = event('assessment-requested', '2026-11-20');

describe('clocks started by a request for an EHC needs assessment', () => {
  it('counts calendar weeks across Christmas without moving anything; only the 6-week clock before a decision', () => {
    const clocks = computeClocks([request], '2026-12-01');
    expect(clock(clocks, 'assessment-decision')).toMatchObject({
      childId: 'amelia',
      title: 'Local authority decides whether to assess',
      actor: 'local-authority',
      startedBy: request.id,
      startedOn: '2026-11-20',
      dueOn: '2027-01-01',
      moved: null,
      state: 'running',
      metOn: null,
      stoppedBecause: null,
      daysLeft: 31,
      citation: { short: 'SEND Regulations 2014, reg 5(1)', url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5' },
    });
    expect(clock(clocks, 'assessment-decision')?.explanation).toContain(
      'When the decision arrives, record ‘The council agreed to assess’ or ‘The council refused to assess’.',
    );
    // No decision to assess yet, so no plan to wait for.
    expect(clock(clocks, 'no-plan-notice')).toBeUndefined();
    expect(clock(clocks, 'final-plan')).toBeUndefined();
  });

  it('is overdue the day after the due day, and not on it', () => {
    expect(clock(computeClocks([request], '2027-01-01'), 'assessment-decision')).toMatchObject({ state: 'running', daysLeft: 0 });
    expect(clock(computeClocks([request], '2027-01-05'), 'assessment-decision')).toMatchObject({ state: 'overdue', daysLeft: -4 });
  });

  it('an agreement to assess, even a late one, meets the 6-week clock and starts the 16- and 20-week clocks', () => {
    const agreed = event('assessment-agreed', '2027-01-10');
    const clocks = computeClocks([request, agreed], '2027-01-12');
    expect(clock(clocks, 'assessment-decision')).toMatchObject({ state: 'met', metOn: '2027-01-10', dueOn: '2027-01-01' });
    expect(clock(clocks, 'no-plan-notice')).toMatchObject({
      title: 'Local authority tells you if it will not issue a plan',
      startedBy: request.id,
      startedOn: '2026-11-20',
      dueOn: '2027-03-12',
      state: 'running',
      daysLeft: 59,
    });
    expect(clock(clocks, 'final-plan')).toMatchObject({ startedOn: '2026-11-20', dueOn: '2027-04-09', state: 'running', daysLeft: 87 });
    // Nothing the parent can appeal yet.
    expect(clock(clocks, 'tribunal-appeal')).toBeUndefined();
  });

  it('a refusal meets the 6-week clock, stops the 16- and 20-week clocks for good, and starts the appeal clock', () => {
    // Refused Friday 18 December 2026. Appeal: 18 December + 2 months = Thursday 18 February 2027,
    // a working day, so it does not move.
    const refused = event('assessment-refused', '2026-12-18');
    // Long after the 20 weeks (9 April 2027): still stopped, never overdue.
    const clocks = computeClocks([request, refused], '2027-05-01');
    expect(clock(clocks, 'assessment-decision')).toMatchObject({ state: 'met', metOn: '2026-12-18' });
    const because =
      'This deadline no longer applies: the local authority refused to assess on Friday 18 December 2026, so there is no plan to wait for. ' +
      'You can appeal the refusal: the deadline for that is shown separately.';
    for (const id of ['no-plan-notice', 'final-plan'] as const) {
      expect(clock(clocks, id)).toMatchObject({ state: 'stopped', metOn: null, stoppedBecause: because });
      expect(clock(clocks, id)?.explanation.startsWith(`${because} `)).toBe(true);
    }
    expect(clock(clocks, 'final-plan')).toMatchObject({ dueOn: '2027-04-09', daysLeft: -22 });
    expect(clock(clocks, 'tribunal-appeal')).toMatchObject({
      title: 'Appeal to the tribunal against the refusal to assess',
      actor: 'parent',
      startedBy: refused.id,
      startedOn: '2026-12-18',
      dueOn: '2027-02-18',
      moved: null,
      state: 'overdue',
      metOn: null,
    });
    expect(clock(clocks, 'tribunal-appeal')?.explanation).toContain('It is counted from the decision not to assess, dated Friday 18 December 2026.');
  });

  it('a refusal the council later goes back on: the 16- and 20-week clocks come back, with a warning', () => {
    // Refused 18 December 2026, appealed 10 February 2027, agreed to assess 20 April 2027.
    const events = [
      request,
      event('assessment-refused', '2026-12-18'),
      event('appeal-lodged', '2027-02-10'),
      event('assessment-agreed', '2027-04-20'),
    ];
    const clocks = computeClocks(events, '2027-04-21');
    expect(clock(clocks, 'assessment-decision')).toMatchObject({ state: 'met', metOn: '2026-12-18' });
    expect(clock(clocks, 'no-plan-notice')).toMatchObject({ dueOn: '2027-03-12', state: 'overdue', stoppedBecause: null });
    expect(clock(clocks, 'final-plan')).toMatchObject({ dueOn: '2027-04-09', state: 'overdue', stoppedBecause: null });
    expect(clock(clocks, 'final-plan')?.explanation).toContain(
      'The local authority refused to assess on Friday 18 December 2026 and went ahead later. If it did so because of an appeal',
    );
    expect(clock(clocks, 'final-plan')?.explanation).toContain('(SEND Regulations 2014, regulations 44 and 45)');
    // Agreeing to assess cannot be appealed: the appeal against the refusal stays met.
    expect(clock(clocks, 'tribunal-appeal')).toMatchObject({ startedOn: '2026-12-18', state: 'met', metOn: '2027-02-10' });
  });

  it('a draft plan meets the 16-week clock; a final plan meets the 20-week clock and can be appealed', () => {
    const final = event('final-plan-issued', '2027-03-20');
    const events = [request, event('assessment-agreed', '2026-12-18'), event('draft-plan-served', '2027-03-01'), final];
    const clocks = computeClocks(events, '2027-03-25');
    expect(clock(clocks, 'no-plan-notice')).toMatchObject({ state: 'met', metOn: '2027-03-01' });
    expect(clock(clocks, 'final-plan')).toMatchObject({ state: 'met', metOn: '2027-03-20', dueOn: '2027-04-09' });
    expect(clock(clocks, 'final-plan')?.explanation).toContain('When the final plan arrives, record ‘Final EHC plan issued’.');
    // Saturday 20 March 2027 + 2 months = Thursday 20 May 2027, a working day.
    expect(clock(clocks, 'tribunal-appeal')).toMatchObject({
      title: 'Appeal to the tribunal against the contents of the final plan',
      startedBy: final.id,
      dueOn: '2027-05-20',
      moved: null,
      state: 'running',
      daysLeft: 56,
    });
  });

  it('a notice that no plan will be issued meets the 16-week clock, stops the 20-week one and can be appealed', () => {
    const notice = event('no-plan-notice', '2027-03-10');
    const events = [request, event('assessment-agreed', '2026-12-18'), notice];
    const clocks = computeClocks(events, '2027-05-01');
    expect(clock(clocks, 'no-plan-notice')).toMatchObject({ state: 'met', metOn: '2027-03-10' });
    expect(clock(clocks, 'final-plan')).toMatchObject({
      state: 'stopped',
      metOn: null,
      daysLeft: -22,
      stoppedBecause:
        'This deadline no longer applies: the local authority told you on Wednesday 10 March 2027 that it will not issue a plan. ' +
        'You can appeal that decision: the deadline for that is shown separately.',
    });
    // Wednesday 10 March 2027 + 2 months = Monday 10 May 2027 (the early May bank holiday is 3 May).
    expect(clock(clocks, 'tribunal-appeal')).toMatchObject({
      title: 'Appeal to the tribunal against the decision not to issue a plan',
      startedBy: notice.id,
      dueOn: '2027-05-10',
      state: 'running',
      daysLeft: 9,
    });
  });

  it('a later step recorded without the decision stops the 6-week clock rather than calling it overdue', () => {
    const clocks = computeClocks([request, event('draft-plan-served', '2027-03-01')], '2027-03-02');
    expect(clock(clocks, 'assessment-decision')).toMatchObject({
      state: 'stopped',
      metOn: null,
      stoppedBecause:
        'This deadline no longer applies: you recorded the draft plan on Monday 1 March 2027, so the local authority decided to assess, but the day it decided is not recorded.',
    });
    expect(clock(clocks, 'no-plan-notice')).toMatchObject({ state: 'met', metOn: '2027-03-01' });
    expect(clock(clocks, 'final-plan')).toMatchObject({ state: 'running', dueOn: '2027-04-09' });
  });

  it('a second request starts the clocks again; the first set is not returned', () => {
    const first = event('assessment-requested', '2026-01-05');
    const events = [first, event('assessment-agreed', '2026-02-10'), event('no-plan-notice', '2026-04-20'), request];
    const clocks = computeClocks(events, '2026-12-01');
    expect(clocks.filter((c) => c.id === 'assessment-decision')).toHaveLength(1);
    expect(clock(clocks, 'assessment-decision')).toMatchObject({ startedBy: request.id, state: 'running' });
    // The old decision and notice were before the new request, so they meet nothing.
    expect(clock(clocks, 'no-plan-notice')).toBeUndefined();
    expect(clock(clocks, 'final-plan')).toBeUndefined();
  });

  it('a refusal of an earlier request neither stops nor warns about the new one', () => {
    const events = [event('assessment-requested', '2026-01-05'), event('assessment-refused', '2026-02-10'), request, event('assessment-agreed', '2026-12-18')];
    const clocks = computeClocks(events, '2027-01-04');
    expect(clock(clocks, 'assessment-decision')).toMatchObject({ startedBy: request.id, state: 'met', metOn: '2026-12-18' });
    expect(clock(clocks, 'final-plan')).toMatchObject({ dueOn: '2027-04-09', state: 'running', stoppedBecause: null });
    expect(clock(clocks, 'final-plan')?.explanation).not.toContain('went ahead later');
  });
});

describe('the parent’s 15 days to comment on a draft plan', () => {
  it('counts the day it was served as day 1, across a month end', () => {
    // Served Tuesday 20 January 2026: day 1 is 20 January, day 12 is 31 January, day 15 is 3 February.
    const draft = event('draft-plan-served', '2026-01-20');
    const comments = clock(computeClocks([draft], '2026-01-26'), 'draft-comments');
    expect(comments).toMatchObject({
      title: 'Your deadline: comments on the draft plan',
      actor: 'parent',
      startedBy: draft.id,
      dueOn: '2026-02-03',
      state: 'running',
      daysLeft: 8,
      citation: { short: 'SEND Regulations 2014, reg 13(1)(a)' },
    });
    expect(comments?.explanation).toMatch(/^This deadline is yours\./);
    expect(comments?.explanation).toMatch(/When you have sent your comments, record ‘We sent our comments on the draft plan’\.$/);
  });

  it('is met by the comments being sent, on time or late', () => {
    // Served Monday 1 March 2027: day 15 is Monday 15 March.
    const draft = event('draft-plan-served', '2027-03-01');
    expect(clock(computeClocks([draft, event('comments-sent', '2027-03-12')], '2027-03-20'), 'draft-comments')).toMatchObject({
      dueOn: '2027-03-15',
      state: 'met',
      metOn: '2027-03-12',
      daysLeft: -5,
    });
    expect(clock(computeClocks([draft, event('comments-sent', '2027-03-18')], '2027-03-20'), 'draft-comments')).toMatchObject({ state: 'met', metOn: '2027-03-18' });
    // The comments still count once the final plan follows them.
    const events = [draft, event('comments-sent', '2027-03-12'), event('final-plan-issued', '2027-03-20')];
    expect(clock(computeClocks(events, '2027-03-21'), 'draft-comments')).toMatchObject({ state: 'met', metOn: '2027-03-12' });
  });

  it('comments sent before the draft belong to an earlier one', () => {
    const events = [event('comments-sent', '2027-02-20'), event('draft-plan-served', '2027-03-01')];
    expect(clock(computeClocks(events, '2027-03-20'), 'draft-comments')).toMatchObject({ state: 'overdue', metOn: null });
  });

  it('is overdue once passed with no comments or final plan, and stopped once the plan is final', () => {
    const draft = event('draft-plan-served', '2027-03-01');
    expect(clock(computeClocks([draft], '2027-03-20'), 'draft-comments')).toMatchObject({ dueOn: '2027-03-15', state: 'overdue', daysLeft: -5 });
    const final = event('final-plan-issued', '2027-03-20');
    // Comments sent after the plan is final are too late to count.
    const late = event('comments-sent', '2027-03-22');
    expect(clock(computeClocks([draft, final, late], '2027-03-22'), 'draft-comments')).toMatchObject({
      state: 'stopped',
      metOn: null,
      stoppedBecause:
        'This deadline no longer applies: the final plan was issued on Saturday 20 March 2027, so the time to comment on the draft is over. ' +
        'If you disagree with the final plan, you can appeal its contents: the deadline for that is shown separately.',
    });
  });

  it('only the latest draft counts, and not one from before the latest request', () => {
    const events = [event('draft-plan-served', '2026-03-01'), event('draft-plan-served', '2026-04-01')];
    const clocks = computeClocks(events, '2026-04-02');
    expect(clocks.filter((c) => c.id === 'draft-comments')).toEqual([expect.objectContaining({ startedOn: '2026-04-01', dueOn: '2026-04-15' })]);
    expect(clock(computeClocks([...events, request], '2026-12-01'), 'draft-comments')).toBeUndefined();
  });
});

describe('the annual review', () => {
  // s44(1): "the period of 12 months starting with the date on which the plan was first made", so
  // the plan's day is day 1 and the last day is the day before the anniversary.
  it('is due by the day before the anniversary: a plan made on 20 May 2024 by 19 May 2025', () => {
    const final = event('final-plan-issued', '2024-05-20');
    expect(clock(computeClocks([final], '2025-05-19'), 'annual-review')).toMatchObject({ dueOn: '2025-05-19', state: 'running', daysLeft: 0 });
    expect(clock(computeClocks([final], '2025-05-20'), 'annual-review')).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(clock(computeClocks([final], '2024-06-01'), 'annual-review')?.explanation).toContain('the last day is the day before the anniversary');
  });

  it('from 29 February 2024 (no 29 February 2025), the end of February: 28 February 2025', () => {
    const final = event('final-plan-issued', '2024-02-29');
    expect(clock(computeClocks([final], '2024-03-01'), 'annual-review')).toMatchObject({
      title: 'Local authority reviews the EHC plan (annual review)',
      startedBy: final.id,
      dueOn: '2025-02-28',
      state: 'running',
      citation: { short: 'Children and Families Act 2014, s44(1)' },
    });
    expect(clock(computeClocks([final], '2025-03-01'), 'annual-review')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('restarts from each review, but not from an amended plan issued after it', () => {
    const review = event('annual-review', '2025-02-10');
    const events = [event('final-plan-issued', '2024-02-29'), review, event('final-plan-issued', '2025-04-01')];
    expect(computeClocks(events, '2025-04-02').filter((c) => c.id === 'annual-review')).toEqual([
      expect.objectContaining({ startedBy: review.id, dueOn: '2026-02-09', state: 'running' }),
    ]);
  });

  it('a new plan after a new request starts again, leaving reviews of the old plan behind', () => {
    const events = [
      event('final-plan-issued', '2021-06-01'),
      event('annual-review', '2022-05-20'),
      event('assessment-requested', '2024-01-08'),
      event('final-plan-issued', '2024-05-20'),
    ];
    expect(clock(computeClocks(events, '2024-06-01'), 'annual-review')).toMatchObject({ startedOn: '2024-05-20', dueOn: '2025-05-19' });
  });
});

describe('the parent’s deadline to appeal to the SEND Tribunal', () => {
  it('runs from the latest decision letter, with the tribunal’s Christmas rule', () => {
    const letter = event('decision-letter', '2026-10-25');
    const appeal = clock(computeClocks([letter], '2026-12-01'), 'tribunal-appeal');
    expect(appeal).toMatchObject({
      title: 'Appeal to the tribunal against the decision',
      actor: 'parent',
      startedBy: letter.id,
      dueOn: '2027-01-04',
      state: 'running',
      daysLeft: 34,
      citation: { url: 'https://www.legislation.gov.uk/uksi/2008/2699/article/20' },
    });
    expect(appeal?.moved).toContain('between 25 December and 1 January');
    expect(appeal?.explanation).toContain('It is counted from the decision letter, dated Sunday 25 October 2026.');
    expect(appeal?.explanation).toContain('When you have sent your appeal, record ‘We sent our appeal to the tribunal’.');
    expect(appeal?.explanation).not.toContain('If you have already appealed');
  });

  it('counts from a later mediation certificate and says so', () => {
    const letter = event('decision-letter', '2026-09-01');
    const certificate = event('mediation-certificate', '2026-10-20');
    const appeal = clock(computeClocks([letter, certificate], '2026-11-01'), 'tribunal-appeal');
    expect(appeal).toMatchObject({ startedBy: certificate.id, startedOn: '2026-10-20', dueOn: '2026-11-20', moved: null });
    expect(appeal?.explanation).toContain(
      'It is counted from your mediation certificate of Tuesday 20 October 2026, because that gives you longer than 2 months from the decision letter, dated Tuesday 1 September 2026.',
    );
  });

  it('pairs a certificate only with the latest decision letter before it', () => {
    const events = [event('decision-letter', '2026-03-01'), event('mediation-certificate', '2026-04-10'), event('decision-letter', '2026-06-01')];
    // 1 June 2026 + 2 months = Saturday 1 August 2026, in August: first working day after 31 August
    // (the summer bank holiday that year) is Tuesday 1 September.
    expect(computeClocks(events, '2026-06-02').filter((c) => c.id === 'tribunal-appeal')).toEqual([
      expect.objectContaining({ startedBy: 'decision-letter@2026-06-01', dueOn: '2026-09-01' }),
    ]);
  });

  it('the latest appealable decision wins, whatever its kind; an appeal against an earlier one does not meet it', () => {
    // Refused, mediated and appealed; then the council assessed and issued a plan on Monday 1 June
    // 2026. The plan's 2 months end on Saturday 1 August 2026, in August: Tuesday 1 September.
    const final = event('final-plan-issued', '2026-06-01');
    const events = [
      event('assessment-refused', '2026-02-02'),
      event('mediation-certificate', '2026-03-20'),
      event('appeal-lodged', '2026-04-01'),
      event('assessment-agreed', '2026-04-20'),
      final,
    ];
    expect(computeClocks(events, '2026-06-02').filter((c) => c.id === 'tribunal-appeal')).toEqual([
      expect.objectContaining({
        title: 'Appeal to the tribunal against the contents of the final plan',
        startedBy: final.id,
        dueOn: '2026-09-01',
        state: 'running',
        metOn: null,
      }),
    ]);
  });

  it('a certificate after a refusal counts from the certificate', () => {
    // Refused Monday 2 February 2026: 2 months = Thursday 2 April 2026. Certificate Friday 20 March
    // 2026: 1 month = Monday 20 April 2026 (Easter Monday was 6 April), later, and a working day.
    const refused = event('assessment-refused', '2026-02-02');
    const certificate = event('mediation-certificate', '2026-03-20');
    const appeal = clock(computeClocks([refused, certificate], '2026-04-01'), 'tribunal-appeal');
    expect(appeal).toMatchObject({
      title: 'Appeal to the tribunal against the refusal to assess',
      startedBy: certificate.id,
      dueOn: '2026-04-20',
      moved: null,
      state: 'running',
      daysLeft: 19,
    });
    expect(appeal?.explanation).toContain(
      'It is counted from your mediation certificate of Friday 20 March 2026, because that gives you longer than 2 months from the decision not to assess, dated Monday 2 February 2026.',
    );
  });

  it('is overdue once passed; met by an appeal on or after the decision, even a late one', () => {
    // 10 September 2026 + 2 months = Tuesday 10 November 2026.
    const letter = event('decision-letter', '2026-09-10');
    expect(clock(computeClocks([letter], '2026-11-11'), 'tribunal-appeal')).toMatchObject({ dueOn: '2026-11-10', state: 'overdue', daysLeft: -1 });
    // An appeal from before the letter is about something else.
    expect(clock(computeClocks([event('appeal-lodged', '2026-09-01'), letter], '2026-11-11'), 'tribunal-appeal')).toMatchObject({ state: 'overdue', metOn: null });
    expect(clock(computeClocks([letter, event('appeal-lodged', '2026-09-10')], '2026-11-11'), 'tribunal-appeal')).toMatchObject({ state: 'met', metOn: '2026-09-10' });
    // Late, with a request for more time: recorded as made, on the day it was.
    expect(clock(computeClocks([letter, event('appeal-lodged', '2026-11-20')], '2026-11-25'), 'tribunal-appeal')).toMatchObject({
      dueOn: '2026-11-10',
      state: 'met',
      metOn: '2026-11-20',
      daysLeft: -15,
    });
  });
});

describe('all clocks together', () => {
  it('are sorted by due day, one set per child', () => {
    const events = [
      request,
      event('assessment-agreed', '2026-11-30'),
      event('decision-letter', '2026-10-25'),
      event('final-plan-issued', '2026-01-15', { childId: 'ben', id: 'ben-plan' }),
      event('review', '2026-11-25'),
      event('meeting', '2026-11-26'),
    ];
    const clocks = computeClocks(events, '2026-12-01');
    // Ben's plan of Thursday 15 January 2026 could be appealed until Sunday 15 March 2026, so
    // Monday 16 March: long passed, but still listed.
    expect(clocks.map((c) => [c.childId, c.id, c.dueOn])).toEqual([
      ['ben', 'tribunal-appeal', '2026-03-16'],
      ['amelia', 'assessment-decision', '2027-01-01'],
      ['amelia', 'tribunal-appeal', '2027-01-04'],
      ['ben', 'annual-review', '2027-01-14'],
      ['amelia', 'no-plan-notice', '2027-03-12'],
      ['amelia', 'final-plan', '2027-04-09'],
    ]);
  });

  it('nothing recorded, nothing due; damaged events are left out', () => {
    expect(computeClocks([], '2026-12-01')).toEqual([]);
    expect(computeClocks([event('review', '2026-11-25'), event('meeting', '2026-11-26')], '2026-12-01')).toEqual([]);
    expect(computeClocks([event('assessment-requested', '2026-02-30'), event('decision-letter', '')], '2026-12-01')).toEqual([]);
  });

  it('every clock explains itself in plain words and cites legislation.gov.uk', () => {
    const events = [request, event('assessment-agreed', '2026-12-18'), event('draft-plan-served', '2027-03-01'), event('decision-letter', '2027-03-02'), event('annual-review', '2027-03-03')];
    const clocks = computeClocks(events, '2027-03-04');
    expect(clocks.map((c) => c.id).sort()).toEqual(['annual-review', 'assessment-decision', 'draft-comments', 'final-plan', 'no-plan-notice', 'tribunal-appeal']);
    for (const c of clocks) {
      expect(c.citation.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
      expect(c.explanation.length).toBeGreaterThan(100);
    }
  });
});
