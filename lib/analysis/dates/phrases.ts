// Phrase lists for date detection, as data (regular-expression sources, matched case-insensitively).
// The code that reads them is in parsers/ and refiners/. Rules: shared/spec/annotation-guidelines.md
// section 1 and shared/spec/term-calendar.md. Keep every pattern free of nested quantifiers.

/** Written-out numbers for "in two weeks", "within six weeks". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'a couple of': 2, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20,
};

/**
 * One phrase rule: its patterns, and `keywords`, words of which every match holds at least one
 * (lower case, as plain text). A text holding none of them cannot match, so the parser skips it
 * without running the patterns (parsers/keyword-gate.ts). Adding a pattern? Keep its keyword listed.
 */
export interface PhraseRule {
  rule: string;
  keywords: readonly string[];
  patterns: readonly string[];
}

const HALF_TERM = 'half[\\s-]?term';
const PREP = '(?:(?:by|before|until|till|at|towards|for|from|on|in|during)\\s+)?';
const WE = '(?:we|they|you|he|she|everyone|the\\s+children|children|pupils|students|school|the\\s+school)';

/**
 * Term words, each with the rule that resolves it (see resolveTermRule in refiners/resolve.ts).
 * A rule given as "season*" reads the season named in the first capture group.
 */
export const TERM_PHRASES: readonly PhraseRule[] = [
  {
    rule: 'endOfSchoolYear', keywords: ['year', 'summer'],
    patterns: [
      `${PREP}(?:the\\s+)?(?:very\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?:school|academic)\\s+year`,
      `(?:by|before|until|till|ahead\\s+of)\\s+(?:the\\s+)?summer\\s+(?:holidays?|break)`,
      `(?:before|when)\\s+${WE}\\s+breaks?\\s+up\\s+for\\s+(?:the\\s+)?summer(?:\\s+holidays?)?`,
    ],
  },
  {
    rule: 'nextTermEnd', keywords: ['term'],
    patterns: [`${PREP}(?:the\\s+)?(?:very\\s+)?end\\s+of\\s+next\\s+term`],
  },
  {
    rule: 'nextTermStart', keywords: ['term'],
    patterns: [
      `${PREP}(?:the\\s+)?(?:start|beginning)\\s+of\\s+next\\s+term`,
      `(?:(?:from|for|in|during|by)\\s+)?next\\s+term`,
      `(?:on\\s+)?the\\s+first\\s+day\\s+of\\s+next\\s+term`,
    ],
  },
  {
    rule: 'firstDayBack', keywords: ['back'],
    patterns: [`(?:on\\s+)?(?:the\\s+)?first\\s+day\\s+back`],
  },
  {
    rule: 'beforeHalfTerm', keywords: ['term'],
    patterns: [
      `(?:by|before|until|till|ahead\\s+of)\\s+(?:the\\s+)?${HALF_TERM}(?:\\s+(?:break|holidays?))?`,
      `(?:before|when)\\s+${WE}\\s+breaks?\\s+up\\s+for\\s+(?:the\\s+)?${HALF_TERM}`,
      `${PREP}(?:the\\s+)?end\\s+of\\s+(?:this\\s+|the\\s+)?${HALF_TERM}`,
    ],
  },
  {
    rule: 'afterHalfTerm', keywords: ['term'],
    patterns: [
      `(?:(?:when|once)\\s+${WE}\\s+(?:come|comes|get|gets|are|is|go|goes|return|returns)\\s+back\\s+)?(?:straight\\s+)?after\\s+(?:the\\s+)?${HALF_TERM}(?:\\s+(?:break|holidays?))?`,
      `(?:when|once)\\s+${WE}\\s+(?:come|comes|get|gets|are|is|return|returns)\\s+(?:back\\s+)?from\\s+(?:the\\s+)?${HALF_TERM}(?:\\s+(?:break|holidays?))?`,
      `(?:on\\s+)?(?:the\\s+)?first\\s+day\\s+back\\s+after\\s+(?:the\\s+)?${HALF_TERM}`,
    ],
  },
  {
    // "after the October half term", "after February half term": the first weekday after that break.
    rule: 'afterNamedHalfTerm*', keywords: ['term'],
    patterns: [
      `(?:(?:when|once)\\s+${WE}\\s+(?:come|comes|get|gets|are|is|return|returns)\\s+back\\s+(?:from|after)\\s+|after\\s+)(?:the\\s+)?(october|february|may|autumn|spring|summer)\\s+${HALF_TERM}(?:\\s+(?:break|holidays?))?`,
    ],
  },
  {
    // "before the October half term": the last weekday before that break.
    rule: 'beforeNamedHalfTerm*', keywords: ['term'],
    patterns: [`(?:by|before|until|till|ahead\\s+of)\\s+(?:the\\s+)?(october|february|may|autumn|spring|summer)\\s+${HALF_TERM}(?:\\s+(?:break|holidays?))?`],
  },
  {
    // "the start of the second half term": the first weekday after the current term's break.
    rule: 'secondHalfStart', keywords: ['term'],
    patterns: [
      `${PREP}(?:the\\s+)?(?:start|beginning|first\\s+day)\\s+of\\s+(?:the\\s+)?(?:second|2nd|next)\\s+half[\\s-]?(?:of\\s+(?:the\\s+|this\\s+)?)?term`,
    ],
  },
  {
    // "on return in the second half of the spring term": the first weekday after that term's break.
    rule: 'secondHalfOfSeasonStart*', keywords: ['term'],
    patterns: [
      `(?:(?:on|upon)\\s+(?:our\\s+|their\\s+|his\\s+|her\\s+)?return\\s+(?:in|for)\\s+|(?:at\\s+|from\\s+)?the\\s+(?:start|beginning)\\s+of\\s+)the\\s+(?:second|2nd)\\s+half\\s+of\\s+(?:the\\s+)?(autumn|spring|summer)\\s+term`,
    ],
  },
  {
    rule: 'endOfTerm', keywords: ['term', 'break'],
    patterns: [
      `${PREP}(?:the\\s+)?(?:very\\s+)?end\\s+of\\s+(?:this\\s+|the\\s+)?term`,
      `(?:on\\s+)?(?:the\\s+)?last\\s+day\\s+of\\s+(?:this\\s+|the\\s+)?term`,
      `(?:before|when|until)\\s+${WE}\\s+breaks?\\s+up(?:\\s+for\\s+(?:christmas|easter|the\\s+(?:christmas|easter)\\s+holidays?|the\\s+holidays?))?(?:\\s+(?:next\\s+week|this\\s+week|on\\s+friday))?`,
    ],
  },
  {
    rule: 'seasonStart*', keywords: ['term'],
    patterns: [
      `${PREP}(?:the\\s+)?(?:start|beginning|first\\s+day)\\s+of\\s+(?:the\\s+)?(autumn|spring|summer)\\s+term`,
    ],
  },
  {
    rule: 'seasonEnd*', keywords: ['term'],
    patterns: [`${PREP}(?:the\\s+)?(?:very\\s+)?(?:end|last\\s+day)\\s+of\\s+(?:the\\s+)?(autumn|spring|summer)\\s+term`],
  },
  {
    // "after the Christmas holidays": the start of the term that follows that holiday.
    rule: 'afterHoliday*', keywords: ['holiday', 'break'],
    patterns: [
      `(?:(?:when|once)\\s+${WE}\\s+(?:come|comes|get|gets|are|is|return|returns)\\s+back\\s+(?:from|after)\\s+|after\\s+)(?:the\\s+)?(christmas|easter|summer)\\s+(?:holidays?|break)`,
    ],
  },
  {
    // Days fixed by Easter: "Good Friday", "Easter Monday" (the nearest one to sentAt).
    rule: 'easterDay*', keywords: ['friday', 'easter'],
    patterns: [`(?:on\\s+)?(good\\s+friday|easter\\s+(?:sunday|monday|day))`],
  },
  {
    // Spans with no single day: terms, holidays, seasons.
    rule: 'span',
    keywords: ['term', 'holiday', 'break', 'christmas', 'easter', 'year', '19', '20', 'summer', 'autumn', 'spring', 'winter'],
    patterns: [
      // "the second half of the spring term", "the first half term", "Autumn 2nd half term": spans.
      `(?:(?:in|during|over|for|throughout|across|until|through)\\s+)?(?:the\\s+)?(?:first|second|1st|2nd)\\s+half\\s+of\\s+(?:the\\s+)?(?:autumn|spring|summer)\\s+term`,
      `(?:(?:in|during|over|for|throughout|across|until|through)\\s+)?(?:the\\s+)?(?:(?:autumn|spring|summer)\\s+)?(?:first|second|1st|2nd)\\s+${HALF_TERM}(?:\\s+(?:of\\s+(?:the\\s+)?)?(?:autumn|spring|summer)(?:\\s+term)?)?(?:\\s+20\\d\\d)?`,
      `(?:(?:in|during|over|for|throughout|across|until|through)\\s+)?(?:the\\s+)?(?:autumn|spring|summer)\\s+(?:term|${HALF_TERM})`,
      `(?:(?:in|during|over|for|throughout|across|until|through|by|before|after)\\s+)?(?:the\\s+)?(?:october|february|may)\\s+${HALF_TERM}(?:\\s+(?:break|holidays?))?`,
      `(?:(?:in|during|over|for|throughout|across)\\s+)?(?:this|last|the\\s+last|the\\s+previous|the\\s+current)\\s+(?:${HALF_TERM}|term)`,
      `(?:(?:in|during|over|for|throughout|across)\\s+)?next\\s+${HALF_TERM}`,
      `(?:(?:over|during|in|for|throughout)\\s+)?(?:the\\s+)?(?:christmas|easter|summer|october|february|may|spring|autumn|winter|half[\\s-]?term)\\s+(?:holidays?|break)`,
      `(?:over|during|in|at|since|after|through|throughout)\\s+${HALF_TERM}(?:\\s+week)?`,
      `(?:by|before|until|over|at|after|since|during)\\s+christmas`,
      `(?:by|before|until|over|at|after|since|during|from|around|for)\\s+easter`,
      // School years: "the 2025-26 school year", "the academic year ahead", "the start of a new school year".
      `(?:(?:in|during|over|for|throughout|across|by|until|at)\\s+)?(?:the\\s+)?(?:start|beginning|end)\\s+of\\s+(?:a|the)\\s+new\\s+(?:school|academic)\\s+year`,
      `(?:(?:in|during|over|for|throughout|across|from)\\s+)?(?:this|next|last|(?:the|a)\\s+(?:new|coming|current|forthcoming|next|last|previous))\\s+(?:school|academic)\\s+year`,
      `(?:(?:in|during|over|for|throughout|across|from)\\s+)?(?:the\\s+)?20\\d\\d\\s*[-–/]\\s*(?:20)?\\d\\d\\s+(?:school|academic)\\s+year`,
      `(?:(?:in|during|over|for|throughout|across|from)\\s+)?(?:the\\s+)?(?:school|academic)\\s+year\\s+(?:ahead|20\\d\\d\\s*[-–/]\\s*(?:20)?\\d\\d)`,
      // A half-term break with no single day: "a relaxing half term", "the coming half term".
      `(?:(?:in|during|over|for|throughout|across)\\s+)?(?:the\\s+)?(?:coming|long|short|next|whole)\\s+${HALF_TERM}`,
      // Not "half term reports", "half-term targets": things made each half term.
      `${HALF_TERM}(?:\\s+(?:break|holidays?))?(?!\\s+(?:reports?|reviews?|targets?|newsletters?|assessments?|data|topics?|progress|plans?|letters?|cycles?|overviews?|tests?)\\b)`,
      // A year as a span: "in 2014", "since 2019".
      `(?:in|since|during|throughout|until|by|before|after)\\s+(?:19|20)\\d\\d(?![\\d/-]|\\.\\d)(?!\\s*(?:%|per\\b|words|pupils|children|people|students|hours|minutes|pounds|miles))`,
      `(?:in|after|into|since)\\s+the\\s+new\\s+year`,
      // "since the beginning of the year", "from the start of this term": the start of a span the
      // reader can place, with no single day named.
      `(?:since|from|at|by)\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+(?:school\\s+|academic\\s+)?(?:year|term)`,
      `(?:(?:in|during|over|for|throughout)\\s+)?(?:this|last|next)\\s+(?:summer|autumn|spring|winter)`,
      `(?:in|during|over|by|until|through|throughout)\\s+the\\s+(?:summer|autumn|spring|winter)`,
    ],
  },
];

/** Weeks and months relative to sentAt. */
export const PERIOD_PHRASES: readonly PhraseRule[] = [
  { rule: 'endOfThisWeek', keywords: ['week'], patterns: [`${PREP}(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+week`] },
  { rule: 'endOfNextWeek', keywords: ['week'], patterns: [`${PREP}(?:the\\s+)?end\\s+of\\s+next\\s+week`] },
  { rule: 'endOfThisMonth', keywords: ['month'], patterns: [`${PREP}(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+month`] },
  { rule: 'endOfNextMonth', keywords: ['month'], patterns: [`${PREP}(?:the\\s+)?end\\s+of\\s+next\\s+month`] },
  {
    rule: 'endOfNamedMonth*', keywords: ['end'],
    patterns: [
      `${PREP}(?:the\\s+)?end\\s+of\\s+(january|february|march|april|may|june|july|august|september|october|november|december)`,
    ],
  },
  {
    rule: 'span',
    keywords: ['week', 'month', 'year', 'fortnight'],
    patterns: [
      `(?:(?:in|during|over|for|from|throughout|until|by)\\s+)?(?:this|next|last|the\\s+coming)\\s+(?:week|month|year|weekend|fortnight)`,
      `(?:the\\s+)?week\\s+after\\s+next`,
      `(?:(?:at|over)\\s+)?the\\s+weekend`,
      // "the week after", standing alone (not "the week after the meeting").
      `the\\s+(?:week|month)\\s+(?:after|before)(?=\\s*(?:[,.;:!?)]|$|depending\\b|if\\b|when\\b|so\\b|and\\b|or\\b|but\\b|as\\b|instead\\b))`,
    ],
  },
];

/** Counted days and weeks from sentAt. Group 1 = number, group 2 = unit. */
export const RELATIVE_PHRASES: readonly PhraseRule[] = [
  {
    rule: 'countFromSent*', keywords: ['day', 'week', 'fortnight', 'month'],
    patterns: [
      `(?:in|within)\\s+(?:(?:about|around|approximately|roughly|another|the\\s+next)\\s+)?(a\\s+couple\\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|\\d{1,3})\\s+(days?|weeks?|fortnights?|months?)(?:['’]?s?\\s+time)?`,
      `(a|one|two|three|four|five|six|\\d{1,2})\\s+(days?|weeks?)\\s+(?:from\\s+)?(?:today|now)`,
    ],
  },
  {
    // "two weeks ago", "a few days ago" is no count: sentAt minus that many days, weeks or months.
    rule: 'countBackFromSent*', keywords: ['day', 'week', 'fortnight', 'month'],
    patterns: [
      `(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(days?|weeks?|fortnights?|months?)\\s+ago`,
    ],
  },
  { rule: 'today', keywords: ['today', 'tonight', 'morning', 'afternoon', 'evening'], patterns: [`today`, `tonight`, `this\\s+(?:morning|afternoon|evening)`, `later\\s+today`] },
  { rule: 'tomorrow', keywords: ['tomorrow'], patterns: [`tomorrow(?:\\s+(?:morning|afternoon|evening|night))?`] },
  { rule: 'yesterday', keywords: ['yesterday', 'night'], patterns: [`yesterday(?:\\s+(?:morning|afternoon|evening))?`, `last\\s+night`] },
  { rule: 'dayAfterTomorrow', keywords: ['tomorrow'], patterns: [`the\\s+day\\s+after\\s+tomorrow`] },
  { rule: 'dayBeforeYesterday', keywords: ['yesterday'], patterns: [`the\\s+day\\s+before\\s+yesterday`] },
];

/** After a counted period, these words make it a duration counted from another event. */
export const COUNTED_FROM_OTHER_EVENT = '^\\s+(?:of|from|after|before|since|following|prior)\\b';

/** "the 14th" is not a date when followed by one of these nouns ("the 2nd floor", "the 5th time"). */
export const ORDINAL_NOUNS = [
  'floor', 'time', 'times', 'place', 'attempt', 'session', 'sessions', 'lesson', 'lessons', 'week', 'weeks',
  'day', 'days', 'year', 'years', 'term', 'terms', 'birthday', 'century', 'grade', 'percentile', 'anniversary',
  'child', 'pupil', 'person', 'step', 'page', 'question', 'edition', 'version', 'draft', 'meeting', 'review',
  'appointment', 'visit', 'week\'s', 'class', 'group', 'row', 'item', 'point', 'paragraph', 'section',
];

/** Words before a weekday that make it a frequency, not a date ("every Tuesday"). */
export const FREQUENCY_BEFORE = ['every', 'each', 'alternate', 'most', 'some', 'other', 'all'];

/** Words after a weekday that make it a frequency ("on Thursday afternoons"). */
export const FREQUENCY_AFTER = ['mornings', 'afternoons', 'evenings', 'lunchtimes', 'nights', 'breaktimes'];

/** Time-of-day words that belong to the date span after a day ("Friday afternoon", "tomorrow after school"). */
export const TIME_OF_DAY_AFTER = [
  'morning', 'afternoon', 'evening', 'lunchtime', 'lunch time', 'night', 'after school', 'before school',
  'at lunchtime', 'at lunch', 'at break', 'at breaktime', 'at pick-up', 'at pickup', 'at drop-off', 'at home time',
];

/** Prepositions that belong to the date span before it ("from Monday", "by 24th January"). */
export const LEADING_PREPOSITIONS = [
  'on', 'by', 'from', 'until', 'till', 'before', 'after', 'since', 'starting', 'starting on', 'starting from',
  'beginning', 'in', 'during', 'over', 'for', 'no later than', 'as of', 'up to', 'ahead of', 'at',
];

/** A numeric day/month that is a fraction or score, not a date: "3/4 of the class", "scored 7/10". */
export const NUMERIC_NOT_DATE_BEFORE =
  '\\b(?:scored|score|scores|got|gets|marks?|out\\s+of|level|levels|grade|ratio|about|roughly|nearly|over|under|room|rooms|page|pages|class|no\\.?|number|ref|reference|version|flat|unit|house|block|bus|table|group|set|band|step)\\s*$';
export const NUMERIC_NOT_DATE_AFTER = '^\\s*(?:of\\b|correct\\b|marks?\\b|right\\b|in\\s+(?:his|her|their|the)\\s+(?:test|spelling|reading|quiz))';

/** Cues before a span that make it a week beginning on that day: "w/c 10th March". */
export const WEEK_OF_BEFORE = '(?:\\bw\\/c|\\bw\\/b|\\bw\\.c\\.|\\bweek\\s+(?:commencing|beginning|starting)(?:\\s+on)?|\\b(?:the\\s+)?week\\s+of)\\s*$';

/** Text with none of these cannot hold a date: the detector skips it without parsing. */
export const DATE_TRIGGER =
  '\\d|\\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|week|weekend|fortnight|month|year|term|half|holiday|break|summer|spring|autumn|winter|christmas|easter|w\\/c|w\\/b|first\\s+day|days?|the\\s+\\d)';

// Tense of the clause around a weekday alone (guidelines: "A weekday alone follows the tense of its
// clause"). Words only: cheap, no parser. Used by refiners/tense.ts.

/** Past-tense forms that do not end in -ed, and past auxiliaries. */
export const PAST_WORDS = [
  'was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", 'wasn’t', 'weren’t', 'hadn’t', 'didn’t',
  'went', 'came', 'gave', 'said', 'told', 'saw', 'met', 'took', 'made', 'got', 'sent', 'held', 'spoke', 'wrote',
  'brought', 'bought', 'thought', 'began', 'ran', 'left', 'felt', 'kept', 'found', 'heard', 'knew', 'became', 'won',
  'lost', 'ate', 'drank', 'sang', 'swam', 'fell', 'broke', 'chose', 'drove', 'flew', 'forgot', 'grew', 'hid', 'hit',
  'hurt', 'led', 'lent', 'meant', 'paid', 'rang', 'rode', 'rose', 'sat', 'sold', 'shook', 'shone', 'showed', 'slept',
  'spent', 'stood', 'stole', 'struck', 'swore', 'taught', 'threw', 'understood', 'woke', 'wore', 'ago', 'yesterday',
];

/** Present and future markers: a weekday near one of these is the next such day. */
export const NON_PAST_WORDS = [
  'will', 'shall', "won't", 'won’t', 'is', 'are', 'am', 'be', 'has', 'have', 'can', 'could', 'may', 'might', 'must',
  'should', 'would', 'please', 'going', 'need', 'needs', 'hope', 'hoping', 'look', 'looking', 'let', "let's", 'let’s',
  'plan', 'planning', 'aim', 'expect', 'expected', 'scheduled', 'booked', 'arranged', 'planned', 'due', 'wondering',
];

/** Polite past forms that ask about the future ("I wanted to check whether Monday works"): no tense. */
export const POLITE_PAST = ['wanted', 'wondered', 'hoped', 'thought'];

/** "-ed" words that are not past tense verbs. */
export const NOT_PAST_ED = [
  'bed', 'red', 'shed', 'need', 'feed', 'seed', 'speed', 'breed', 'proceed', 'exceed', 'succeed', 'indeed', 'hundred',
  'embed', 'weed', 'greed', 'deed', 'wed', 'sled', 'fled', 'bled', 'led', 'ted', 'ned', 'ed', 'fred', 'reed', 'steed',
];

/** Words before an "-ed" word that make it a participle or adjective, not the past tense. */
export const BEFORE_PARTICIPLE = [
  'is', 'are', 'am', 'be', 'been', 'being', 'will', 'has', 'have', 'get', 'gets', 'getting', 'to', 'the', 'a', 'an',
  'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'very', 'fully', 'already', 'not',
  "we're", "you're", "they're", "it's", "he's", "she's", 'we’re', 'you’re', 'they’re', 'it’s', 'he’s', 'she’s',
];

/** Phrases that thank for something done: "thank you for coming in on Tuesday". */
export const THANKS_FOR =
  '\\b(?:thank\\s+you|thanks|thank\\s+u|grateful)\\s+(?:so\\s+much\\s+|very\\s+much\\s+)?for\\b' +
  // "thanks for agreeing to meet on Tuesday" thanks for a promise: the day is still ahead.
  '(?!\\s+(?:agreeing|offering|arranging|being\\s+willing|volunteering|confirming|letting|booking|organising|organizing|making\\s+time))';

/** Phrases that look back to something done, with no verb: "further to our call on Monday". */
export const LOOKING_BACK = '\\b(?:further\\s+to|in\\s+response\\s+to|following\\s+up\\s+(?:on\\s+)?|following\\s+on\\s+from|in\\s+reply\\s+to)\\b';

/** Words and marks that end a clause, for finding the verbs that belong to a weekday. */
export const CLAUSE_BREAK_WORDS = ['and', 'but', 'so', 'because', 'which', 'who', 'when', 'while', 'although', 'though', 'then', 'if', 'whether', 'as', 'that', 'where', 'until', 'before', 'after'];

/** A clause opened by one of these with no verb of its own is an open question, so ahead: "whether Monday works". */
export const QUESTION_OPENERS = ['if', 'whether'];

/** Nouns after a weekday that make it a recurring thing, not a day: "Monday club", "our Tuesday sessions". */
export const RECURRING_AFTER_WEEKDAY = [
  'club', 'clubs', 'session', 'sessions', 'group', 'groups', 'provision', 'class', 'classes', 'lesson', 'lessons',
  'slot', 'slots', 'intervention', 'interventions', 'timetable', 'routine', 'routines', 'drop-in', 'drop-ins',
  'rota', 'register', 'assembly', 'assemblies', 'catch-up', 'catch-ups', 'check-in', 'check-ins', 'swimming', 'pe',
  'homework', 'spellings', 'library', 'worship', 'team', 'staff', 'cover', 'nurture', 'forest', 'football', 'choir',
];

/** Words before a weekday that make what follows it a recurring thing ("our Tuesday sessions"). */
export const OWNER_BEFORE_WEEKDAY = ['our', 'their', 'his', 'her', 'your', 'my'];

/** Adverbs of habit earlier in the clause make a weekday a frequency: "Typically, I am on site Monday". */
export const HABITUAL_BEFORE = ['typically', 'usually', 'normally', 'generally', 'always', 'often', 'regularly', 'routinely', 'sometimes'];

/** After a counted period, these make it approximate, so no day: "in a week or so". */
export const APPROXIMATE_AFTER = '^\\s+or\\s+(?:so|two|three|more|longer)\\b';

/** Words in brackets that mark a template placeholder: "[date]", "<insert date>", "dd/mm/yyyy". */
export const PLACEHOLDER_WORDS = '\\b(?:insert|date|dd|mm|yy|yyyy|xx|tbc|tba|day|time)\\b';

/**
 * A counted period in a sentence about these generic people, with no "you", describes a procedure
 * ("parents should contact the service within two weeks"): it counts from an event of that procedure
 * (a referral, a request), not from sentAt, so it is a duration, not a date.
 */
export const PROCEDURE_PEOPLE = '\\b(?:parents|carers|families|the\\s+child|a\\s+child|the\\s+young\\s+person|a\\s+young\\s+person|pupils|students|patients|applicants)\\b';
export const SECOND_PERSON = "\\b(?:you|your|you're|you’re|you'll|you’ll)\\b";
