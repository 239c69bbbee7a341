import { describe, expect, it } from 'vitest';
import { detectConcerns } from '@/lib/analysis/concerns/detect-concerns';
import { createContext } from '@/lib/analysis/context';
import type { ConcernFinding, ConcernType, DateFinding } from '@/lib/analysis/types';
import { hostileInputs } from '../hostile-inputs';

function concerns(body: string, dates: DateFinding[] = []): ConcernFinding[] {
  return detectConcerns(createContext({ sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Patel <p@school.sch.uk>', subject: 'Update', body }), dates);
}

function found(body: string): string[] {
  return concerns(body).map((f) => `${f.type}: ${f.text}`);
}

const CONCERNS: [string, string][] = [
  // exclusion
  ['We had to send him home early after he threw a chair.', 'exclusion: send him home'],
  ['Amira was sent home at lunchtime to calm down.', 'exclusion: Amira was sent home'],
  ['He has been given a two-day suspension.', 'exclusion: suspension'],
  ['She has been permanently excluded.', 'exclusion: permanently excluded'],
  ['This is a fixed-term exclusion of three days.', 'exclusion: fixed-term exclusion'],
  ['He will spend tomorrow in internal exclusion.', 'exclusion: internal exclusion'],
  ['He spent the afternoon in the isolation room.', 'exclusion: isolation room'],
  ['She was removed from the classroom after the incident.', 'exclusion: removed from the classroom'],
  // reduced timetable
  ['We think a reduced timetable would help for now.', 'reduced-timetable: reduced timetable'],
  ['He will be on a part-time timetable until Easter.', 'reduced-timetable: part-time timetable'],
  ['We will plan a phased return after half term.', 'reduced-timetable: phased return'],
  ['A shortened day may suit her better at the moment.', 'reduced-timetable: shortened day'],
  ['For now she will attend mornings only.', 'reduced-timetable: mornings only'],
  // early pick-up
  ['Could you come and collect her, please?', 'early-pickup: come and collect her'],
  ['Please could you pick him up at 12 on Fridays?', 'early-pickup: pick him up at 12'],
  ['We will need you to collect him at lunchtime this week.', 'early-pickup: collect him at lunchtime'],
  ['He will go home at lunch for the next two weeks.', 'early-pickup: go home at lunch'],
  ['Please could you pick Ollie up early today?', 'early-pickup: pick Ollie up early'],
  // diagnosis gatekeeping
  ["Unfortunately we can't do anything until there's a diagnosis.", "diagnosis-gatekeeping: until there's a diagnosis"],
  ['Without a formal diagnosis we are unable to offer 1:1 support.', 'diagnosis-gatekeeping: Without a formal diagnosis'],
  ['He needs an ADHD diagnosis before we can refer him.', 'diagnosis-gatekeeping: needs an ADHD diagnosis before'],
  ['We cannot add her to the register until she is diagnosed.', 'diagnosis-gatekeeping: until she is diagnosed'],
  // removal from the SEN register
  ['We have decided to remove him from the SEN register.', 'sen-register-removal: remove him from the SEN register'],
  ['She will no longer be on the SEN register from September.', 'sen-register-removal: no longer be on the SEN register'],
  ['We plan to take her off SEN Support as she is doing well.', 'sen-register-removal: take her off SEN Support'],
  ['He no longer needs SEN support.', 'sen-register-removal: no longer needs SEN support'],
];

const NOT_CONCERNS: [string, string][] = [
  ['a letter sent home', 'A letter was sent home with every pupil on Friday.'],
  ['sending home practice sheets', 'I will send home some practice sheets after each session.'],
  ['sending letters home', 'I will send letters home tomorrow.'],
  ['collecting a form', 'Please collect the consent form from the office.'],
  ['the usual pick-up', 'Kai will be picked up by his dad at 3.15pm as usual.'],
  ['a diagnosis already given', 'In light of his ADHD diagnosis, we will update his plan.'],
  ['a past diagnosis', 'She was diagnosed with autism last year.'],
  ['support without waiting', 'Support does not depend on a diagnosis, and we will start now.'],
  ['on the register', 'He is on the SEN register and receives SEN support.'],
  ['reduced noise', 'We reduced the noise in the dining hall.'],
  ['ordinary timetable', 'Her new timetable starts on Monday.'],
  ['reading book home', 'Tom will take his reading book home each night.'],
  ['excluded from a photo', 'He was excluded from the class photo by mistake, and I am sorry.'],
];

describe('detectConcerns: each warning sign', () => {
  for (const [body, expected] of CONCERNS) {
    it(body, () => {
      expect(found(body)).toEqual([expected]);
    });
  }
});

describe('detectConcerns: wording that is not a warning sign', () => {
  for (const [why, body] of NOT_CONCERNS) {
    it(`${why}: ${body}`, () => {
      expect(found(body)).toEqual([]);
    });
  }
});

describe('detectConcerns: explanations', () => {
  const say = (body: string) => concerns(body)[0]?.explanation ?? '';

  it('says an informal sending home is unlawful unless it is a formal suspension', () => {
    const text = say('We sent him home to calm down.');
    expect(text).toMatch(/unlawful/);
    expect(text).toMatch(/formal suspension/);
  });

  it('says a reduced timetable must be agreed, temporary and reviewed', () => {
    const text = say('She will be on a reduced timetable.');
    expect(text).toMatch(/agreed with you/);
    expect(text).toMatch(/temporary/);
    expect(text).toMatch(/full time/);
    expect(text).toMatch(/review/);
  });

  it('says support follows needs, not a diagnosis', () => {
    expect(say('We need a diagnosis first before we can help.')).toMatch(/needs, not on whether they have a diagnosis/);
  });

  it('says parents should be told before removal from the SEN register', () => {
    expect(say('We will take him off the SEN register.')).toMatch(/told and listened to/);
  });

  it('allows for a child who is simply unwell when asked to collect early', () => {
    expect(say('Could you come and collect him? He has a temperature.')).toMatch(/unwell/);
  });

  it('every explanation is plain, complete sentences', () => {
    for (const [body] of CONCERNS) {
      const text = say(body);
      expect(text.length).toBeGreaterThan(80);
      expect(text).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('detectConcerns: weekday conflicts', () => {
  it('copies the span of a date with a conflict and explains it', () => {
    const body = 'The meeting is on Tuesday 3/4 at 3pm.';
    const start = body.indexOf('Tuesday 3/4');
    const date: DateFinding = { start, end: start + 11, text: 'Tuesday 3/4', date: '2025-04-03', conflict: '3 April 2025 is a Thursday, not a Tuesday' };
    const result = concerns(body, [date, { start: 0, end: 3, text: 'The', date: null }]);
    expect(result).toHaveLength(1);
    const [f] = result;
    expect(f).toMatchObject({ type: 'weekday-conflict', start, end: start + 11, text: 'Tuesday 3/4' });
    expect(f!.explanation).toContain('3 April 2025 is a Thursday, not a Tuesday');
  });
});

describe('detectConcerns: order, offsets and hostile input', () => {
  it('returns findings in text order with exact offsets', () => {
    const body = 'Dear Mr Khan,\n\nHe will be on a reduced timetable. If things get worse we may have to send him home.\n\nBest wishes,\nMrs Patel';
    const result = concerns(body);
    expect(result.map((f) => f.type)).toEqual<ConcernType[]>(['reduced-timetable', 'exclusion']);
    for (const f of result) expect(body.slice(f.start, f.end)).toBe(f.text);
  });

  it('ignores a quoted earlier message', () => {
    const body = 'Thank you, that is clear.\n\nOn 3 Mar 2025, at 09:14, Ms Green wrote:\n> We sent him home at lunchtime.';
    expect(concerns(body)).toEqual([]);
  });

  for (const [name, body] of Object.entries(hostileInputs(1_000_000))) {
    it(`${name}: returns quickly and well formed`, () => {
      const t0 = performance.now();
      const result = concerns(body);
      expect(performance.now() - t0).toBeLessThan(3000);
      for (const f of result) expect(body.slice(f.start, f.end)).toBe(f.text);
    });
  }
});
