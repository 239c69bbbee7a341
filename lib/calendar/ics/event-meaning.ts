// What a school calendar event says about term dates, read from its title alone. Schools title the
// same thing many ways ("Autumn Term Begins", "Start of term", "Pupils return"), so the wording is
// kept here as data. Anything not recognised means nothing, and the import says it was skipped.

import type { Season } from '@/lib/calendar/term-dates';

export interface EventMeaning {
  /** Pupils' first day of a term ("Autumn Term Begins", "Pupils return"). */
  termStart: boolean;
  /** Pupils' last day of a term ("End of Term", "School breaks up for Christmas"). */
  termEnd: boolean;
  /** The event lasts a whole term or half of one ("Autumn Term", "Autumn 2", "Term 3"). */
  termSpan: boolean;
  /** 'half-term', a long break between terms, or some other day off (a bank holiday). */
  holiday: 'half-term' | 'long' | 'other' | null;
  /** INSET and other days the school is closed to pupils in term time. */
  closure: boolean;
  /** The season the title names, when it names one. */
  season: Season | null;
}

const HALF_TERM = /\bhalf ?term\b/;
const LONG_HOLIDAY = /\b(christmas|xmas|easter|summer|winter|spring) (school )?(holiday|holidays|hols|break|vacation|closure)\b/;
const OTHER_HOLIDAY =
  /\b(bank|public) holiday\b|\bgood friday\b|\beaster monday\b|\bchristmas day\b|\bboxing day\b|\bnew years? day\b|\bholidays?\b|\bhols\b|\bvacation\b/;
const CLOSURE =
  /\binset\b|\b(staff|teacher|teachers) (training|development|day)\b|\btraining day\b|\bnon pupil\b|\bpupil free\b|\bpd day\b|\bprofessional development\b|\bschool (is )?closed\b|\bclosed (to|for) (all )?(pupils|students|children)\b|\bclosure day\b|\boccasional (day|holiday)\b/;

const START_WORD = /\b(begins?|starts?|opens?|reopens?|commences?|returns?|resumes?|first day|beginning)\b/;
const END_WORD = /\b(ends?|finish|finishes|closes|breaks? up|last day|close of)\b/;
/** "Christmas holidays end" is not a term end; only these say the term is over. */
const BREAK_UP = /\b(breaks? up|finish|finishes|closes|last day)\b/;
const TERM_WORD = /\bterm\b|\b(autumn|spring|summer) [12]\b/;
const RETURN_PHRASE = /\b(pupils|students|children|everyone|all) (return|back)\b|\breturn to school\b|\bschool (starts|reopens|begins|opens)\b|\bfirst day back\b/;
const BREAK_UP_PHRASE = /\bbreaks? up\b|\bschool (finishes|closes|ends) for\b|\blast day of (school|term)\b/;
/** Titles that can only mean the term's first or last day, whatever else they say. */
const SURE_START = /\b(start|beginning|first day) of (the )?((autumn|spring|summer) )?term\b|\bterm (begins|starts|commences|opens)\b|\b(autumn|spring|summer) [12] (begins|starts)\b/;
const SURE_END = /\b(end|last day|close) of (the )?((autumn|spring|summer) )?term\b|\bterm (ends|finishes|closes)\b|\b(autumn|spring|summer) [12] (ends|finishes)\b/;
/** Unless sure, titles about something else happening at the start or end of term: "Summer term exams start". */
const NOT_A_BOUNDARY =
  /\b(exams?|mocks?|assessments?|sats|tests?|club|clubs|trip|residential|week|fair|disco|assembly|mass|service|photos?|meeting|evening|concert|play|lunch|party|parents|deadline|payments?|reports?|visit|workshop)\b/;
/** A whole-term title has only these words: "Autumn Term 2026", "Autumn 2", "Term 3", "The Summer Term". */
const SPAN_WORDS = new Set(['autumn', 'spring', 'summer', 'term', 'the', 'school']);
const SPAN_NAMING = new Set(['autumn', 'spring', 'summer', 'term']);

const SEASONS: readonly Season[] = ['autumn', 'spring', 'summer'];

/** The meaning of an event title, or null when it says nothing about term dates. */
export function meaningOf(title: string): EventMeaning | null {
  const text = normalise(title);
  if (!text) return null;
  const meaning: EventMeaning = { termStart: false, termEnd: false, termSpan: false, holiday: null, closure: false, season: seasonIn(text) };
  const holidayWords = HALF_TERM.test(text) || LONG_HOLIDAY.test(text) || OTHER_HOLIDAY.test(text);

  if (HALF_TERM.test(text)) {
    // "Half term begins", "Return after half term": markers of the break, not of the term.
    if (START_WORD.test(text) || END_WORD.test(text)) return null;
    meaning.holiday = 'half-term';
  } else if (LONG_HOLIDAY.test(text)) {
    if (BREAK_UP.test(text)) meaning.termEnd = true;
    else if (START_WORD.test(text) || END_WORD.test(text)) return null;
    else meaning.holiday = 'long';
    meaning.season = null;
  } else if (CLOSURE.test(text)) {
    meaning.closure = true;
  } else if (OTHER_HOLIDAY.test(text) && !START_WORD.test(text) && !END_WORD.test(text)) {
    meaning.holiday = 'other';
  }

  if (!holidayWords) {
    const other = NOT_A_BOUNDARY.test(text);
    meaning.termStart = SURE_START.test(text) || (!other && ((START_WORD.test(text) && TERM_WORD.test(text)) || RETURN_PHRASE.test(text)));
    meaning.termEnd = SURE_END.test(text) || (!other && ((END_WORD.test(text) && TERM_WORD.test(text)) || BREAK_UP_PHRASE.test(text)));
    // "End of autumn term, start of spring term": two boundaries in one title, too ambiguous to use.
    if (meaning.termStart && meaning.termEnd) return null;
    meaning.termSpan = !other && !meaning.termStart && !meaning.termEnd && !meaning.closure && isSpanTitle(text);
  }
  const means = meaning.termStart || meaning.termEnd || meaning.termSpan || meaning.holiday !== null || meaning.closure;
  return means ? meaning : null;
}

function isSpanTitle(text: string): boolean {
  const words = text.split(' ');
  return words.some((w) => SPAN_NAMING.has(w)) && words.every((w) => SPAN_WORDS.has(w) || /^\d{1,4}$/.test(w));
}

function seasonIn(text: string): Season | null {
  return SEASONS.find((s) => new RegExp(`\\b${s}\\b`).test(text)) ?? null;
}

/** Lower case, apostrophes dropped ("new year's" to "new years"), everything else not a letter or digit a space. */
function normalise(title: string): string {
  return String(title ?? '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
