// The last day to register an appeal with the First-tier Tribunal (SEND), under the Tribunal
// Procedure (First-tier Tribunal) (HESC) Rules 2008:
// - rule 20(1)(c): within 2 months after the decision letter was sent, or within 1 month from the
//   date the mediation certificate was issued if that is later;
// - rule 12(3)(a): a time limit ending from 25 December to 1 January, or in August, runs on to the
//   first working day after 1 January or 31 August;
// - rule 12(2): one ending on a day that is not a working day runs on to the next working day.
//
// Only rule 12(3)(a) looks at where the time limit ends, so a limit ending on Saturday 24 December
// runs to the next working day (say 28 December), not into January. That is the literal and the
// cautious reading: a parent told the earlier day cannot miss the later one.

import { dayOfMonth, makeDay, monthOf, yearOf, type IsoDay } from '@/lib/calendar/day';
import { addCalendarMonths } from '@/lib/plan/clocks/calendar-months';
import { dayWithWeekday } from '@/lib/calendar/day-words';
import { isWorkingDay, nextWorkingDayAfter, whyNotWorkingDay } from '@/lib/plan/clocks/working-days';

interface ClosedSeason {
  /** How the rule names it, after "ends": "between 25 December and 1 January". */
  name: string;
  contains(month: number, day: number): boolean;
  /** The appeal is in time on the first working day after this month and day. */
  resumesAfter: { month: number; day: number; label: string };
}

const CLOSED_SEASONS: readonly ClosedSeason[] = [
  {
    name: 'between 25 December and 1 January',
    contains: (month, day) => (month === 12 && day >= 25) || (month === 1 && day === 1),
    resumesAfter: { month: 1, day: 1, label: '1 January' },
  },
  {
    name: 'in August',
    contains: (month) => month === 8,
    resumesAfter: { month: 8, day: 31, label: '31 August' },
  },
];

export interface AppealTimeLimit {
  /** Where the months run out, before rule 12 moves anything. */
  endsOn: IsoDay;
  /** Which event the limit is counted from. */
  countedFrom: 'decision-letter' | 'mediation-certificate';
}

export function appealTimeLimit(decisionOn: IsoDay, mediationCertificateOn: IsoDay | null): AppealTimeLimit {
  const fromDecision = addCalendarMonths(decisionOn, 2);
  if (mediationCertificateOn) {
    const fromCertificate = addCalendarMonths(mediationCertificateOn, 1);
    if (fromCertificate > fromDecision) return { endsOn: fromCertificate, countedFrom: 'mediation-certificate' };
  }
  return { endsOn: fromDecision, countedFrom: 'decision-letter' };
}

/** Applies rule 12 to the day a time limit ends. */
export function applyTribunalTimeRules(endsOn: IsoDay): { dueOn: IsoDay; moved: string | null } {
  const month = monthOf(endsOn);
  const season = CLOSED_SEASONS.find((s) => s.contains(month, dayOfMonth(endsOn)));
  if (season) {
    const { month: m, day: d, label } = season.resumesAfter;
    let resume = makeDay(yearOf(endsOn), m, d)!;
    if (resume < endsOn) resume = makeDay(yearOf(endsOn) + 1, m, d)!;
    const dueOn = nextWorkingDayAfter(resume);
    return {
      dueOn,
      moved:
        `The time limit ends on ${dayWithWeekday(endsOn)}. When an appeal time limit ends ${season.name}, ` +
        `the tribunal rules give you until the first working day after ${label}: ${dayWithWeekday(dueOn)}.`,
    };
  }
  if (!isWorkingDay(endsOn)) {
    const dueOn = nextWorkingDayAfter(endsOn);
    return {
      dueOn,
      moved:
        `The time limit ends on ${dayWithWeekday(endsOn)}, which is ${whyNotWorkingDay(endsOn)}. ` +
        `When it ends on a day that is not a working day, the tribunal rules give you until the next working day: ${dayWithWeekday(dueOn)}.`,
    };
  }
  return { dueOn: endsOn, moved: null };
}

export function tribunalDeadline(decisionOn: IsoDay, mediationCertificateOn: IsoDay | null): { dueOn: IsoDay; moved: string | null } {
  return applyTribunalTimeRules(appealTimeLimit(decisionOn, mediationCertificateOn).endsOn);
}
