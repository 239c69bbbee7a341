// The usual shape of term dates across English local authorities, kept as data so the rules are
// read in one place. Schools (academies above all) move these by a day or a week, which is why the
// calendar built from them is named "check with your school".
//
// Checked against shared/corpus/term-calendar.json (an illustrative LA calendar for 2024-2027):
// every date matches except the start of Autumn 2024, where the corpus has Tuesday 3 September and
// this pattern gives Wednesday 4 September. When 1 September is a Sunday some LAs bring pupils back
// on the Tuesday after one INSET day, others on the Wednesday after two; we keep one simple rule.

/** 1 = January ... 12 = December. */
type Month = number;
/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
type Weekday = number;

export const MONDAY: Weekday = 1;
export const WEDNESDAY: Weekday = 3;
export const FRIDAY: Weekday = 5;

export const ENGLISH_PATTERN = {
  /** Pupils start on the first Wednesday of September, after INSET days on the Monday and Tuesday. */
  autumnStart: { weekday: WEDNESDAY, onOrAfter: { month: 9 as Month, day: 1 } },
  /** October half term is the week beginning the last Monday of October (28 October to 1 November in 2024). */
  octoberHalfTerm: { lastMondayOf: 10 as Month },
  /** Autumn term ends on the Friday before the week that holds Christmas Day. */
  autumnEnd: { fridayBeforeWeekOf: { month: 12 as Month, day: 25 } },
  /**
   * Spring term starts on the first weekday on or after 4 January: always after the New Year's Day
   * bank holiday (which is 1, 2 or 3 January), and the day most LAs choose when New Year falls midweek.
   */
  springStart: { firstWeekdayOnOrAfter: { month: 1 as Month, day: 4 } },
  /** February half term is the week beginning the third Monday of February (15 to 21 February). */
  februaryHalfTerm: { nthMonday: 3, of: 2 as Month },
  /**
   * The Easter break is two weeks that hold the Easter weekend: the two weeks before Easter Sunday,
   * the week either side of it, or the two weeks after. LAs keep it near the start of April, so we
   * take whichever of the three has its middle Sunday nearest 8 April. Good Friday and Easter Monday
   * are bank holidays, so a break ending on Good Friday also takes in Easter Monday, and one starting
   * on Easter Monday also takes in Good Friday.
   */
  easterBreak: { weeks: 2, middleNearest: { month: 4 as Month, day: 8 } },
  /** May half term is the week of the late May bank holiday, the last Monday of May. */
  mayHalfTerm: { lastMondayOf: 5 as Month },
  /**
   * Summer term ends on 21 July, or the Friday before when that is a weekend, or the Tuesday when it
   * is a Monday (no school comes back for a single day).
   */
  summerEnd: { month: 7 as Month, day: 21 },
  /** Bank holidays that fall in term time: closures the school-week count must skip. */
  termTimeBankHolidays: [{ name: 'Early May bank holiday', nthMonday: 1, of: 5 as Month }],
} as const;
