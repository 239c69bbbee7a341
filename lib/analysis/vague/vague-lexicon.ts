// Vague wording: the cues, their categories and what we tell the parent about each. Data only.
// Patterns are regular-expression sources compiled once by detect-vague.ts, case-insensitive
// except inside character classes ([A-Z] means a capital: see ascii-case.ts).
// Every pattern starts with a literal word and uses only bounded repetition, so no input can make
// one backtrack for long (tests/unit/analysis/hostile-inputs.ts).
//
// Annotation guidelines, section 3: annotate the shortest phrase that carries the vagueness.

import type { VagueCategory } from '@/lib/analysis/types';

/** How much a cue can be pinned down by the rest of its clause. */
export type SpecificsCheck =
  /** A frequency, a date or time, or a number with a unit in the same clause makes it checkable. */
  | 'general'
  /** As 'general', or a named measure ("with a reading test"). */
  | 'monitoring'
  /** Only a frequency or a date: "a regular 30-minute slot" still does not say how often. */
  | 'frequency';

/** Where the "thing" a question names comes from. */
export type ThingSource =
  /** The words after the cue, up to a preposition or the end of the clause ("access to [a quiet workstation]"). */
  | 'after'
  /** The cue itself ("additional support"). */
  | 'self'
  /** The words inside the cue between its first word and `under review` ("keep [his needs] under review"). */
  | 'inside';

export interface VagueRule {
  id: string;
  category: VagueCategory;
  pattern: string;
  /** Not vague when the 40 characters before the cue match this (source, tested with 'i'). */
  notBefore?: string;
  /** Not vague when the 40 characters after the cue match this (source, tested with 'i'). */
  notAfter?: string;
  specifics?: SpecificsCheck;
  thing?: ThingSource;
  /** Used for {thing} when none is found. */
  fallback?: string;
  /** Put "the" before a found thing that has no determiner ("check-ins" → "the check-ins"). */
  article?: boolean;
  /**
   * The cue names something provided ("some", "extra help", "access to"): not vague where the
   * clause only names a need ("she needs extra support"), guidelines §3.
   */
  provision?: boolean;
  /**
   * The cue is common in ordinary writing ("over the next few weeks", "in the future"): vague only
   * where the sentence also shows the school's side acting (a commitment, or "we will…").
   */
  needsAction?: boolean;
  /** Plain English: why this cannot be checked later. {cue} is the words as written. */
  why: string;
  /** A polite question to send back. {thing} is what the cue qualifies. */
  ask: string;
}

// Shared pieces (sources).
const W = String.raw`[\w'’-]{1,30}`; // one word, bounded
const CHILD = String.raw`(?:he|she|they|[A-Z][a-z]{1,20})`;
const PROVISION_NOUN = String.raw`(?:support|supports|help|time|work|sessions?|input|activit(?:y|ies)|practice|sheets|worksheets|resources|strategies|ideas|advice|interventions?|transition|teaching|1:1|one-to-one|reading|therapy|games|exercises|tasks|jobs|breaks?|adjustments|visits?|programmes?|group|groups|catch-up|tutoring|booster|mentoring|counselling|guidance|assistance|provision|training|tools|equipment|aids|check-ins|sensory|movement|space|materials|lessons|opportunities|encouragement|reassurance|targets)`;
const MASS_NOUN = String.raw`(?:support|help|time|practice|input|adult\s+support|sessions|teaching|intervention|interventions|provision|guidance|attention|encouragement|reassurance|supervision|resources|work|breaks|visits|check-ins|catch-up|tuition|tutoring)`;
/** Words that end a noun phrase: "some" + one of these + a provision noun is not "some support". */
const NOT_MODIFIER = String.raw`(?:to|of(?!\s+[A-Z])|for|regarding|about|with|in|on|from|and|or|that|which|the|a|an|is|are|was|were|will|can|may)`;
const NOT_YOU = String.raw`\b(?:you|please)\s+(?:[\w'’-]{1,20}\s+){0,2}$`;

/** Makes an unquantified or monitoring cue checkable when its clause has one of these. */
export const SPECIFICS = {
  frequency: String.raw`\b(?:daily|weekly|fortnightly|monthly|termly|half-termly|every\s+(?:[a-z-]{1,20}\s+)?(?:day|morning|afternoon|lunchtime|break|lesson|session|class|week|fortnight|month|term|half[- ]term|other\s+\w{1,12}|(?:mon|tues|wednes|thurs|fri)day|\d{1,2}\s+(?:days|weeks))|each\s+(?:[a-z-]{1,20}\s+)?(?:day|morning|afternoon|week|lesson|class|(?:mon|tues|wednes|thurs|fri)day)|(?:once|twice|three\s+times|four\s+times|five\s+times|\d{1,2}\s*(?:times|x))\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|half[- ]term|term|year|lesson)|(?:mon|tues|wednes|thurs|fri)days|on\s+an?\s+(?:daily|weekly|fortnightly|monthly|termly|half[- ]term(?:ly)?|yearly|annual)\s+basis|annually|yearly)\b`,
  date: String.raw`\b(?:(?:on|by|from|until)\s+(?:mon|tues|wednes|thurs|fri)day|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))\b`,
  amount: String.raw`\b(?:\d{1,3}|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty)\s*(?:minutes?|mins?|hours?|hrs?|sessions?)\b`,
  measure: String.raw`\b(?:using|with|through|by)\s+(?:a|an|the|his|her|their)?\s*(?:[\w-]{1,20}\s+){0,2}(?:test|tests|assessment|assessments|chart|log|tracker|checklist|questionnaire|scale|diary|data)\b`,
};

/** Where a sentence breaks into clauses for the specifics check. */
export const CLAUSE_BREAK = String.raw`[;:•]|\s[–—-]\s|[–—]\s|\s[–—]|,\s*(?:and|but|so|although|though|while|whereas|which)\b|\bbut\b|\b(?:and|although|though|whereas)\s+(?=(?:we|I|you|he|she|they|school|staff|the\s+school|Mrs|Mr|Miss|Ms|Dr)\b)`;

export const VAGUE_RULES: readonly VagueRule[] = [
  // ── monitoring ──────────────────────────────────────────────────────────────
  {
    id: 'keep-an-eye',
    category: 'monitoring',
    pattern: String.raw`\bkeep(?:s|ing)?\s+(?:a|an)\s+(?:close\s+|careful\s+|watchful\s+|extra\s+)?(?:eye|watch)(?:\s+(?:on|over|out\s+for))?\b|\bkeep(?:s|ing)?\s+a\s+watching\s+brief(?:\s+on)?\b`,
    // "We have been keeping an eye on the temperatures": a report of the past, not a promise.
    notBefore: String.raw`\b(?:have|has|had)\s+been\s+$`,
    specifics: 'monitoring',
    thing: 'after',
    fallback: 'this',
    why: '“Keeping an eye on” does not say who will be watching, what they will look for, or when they will tell you. That makes it hard to check later whether anything was noticed or done.',
    ask: 'Who will be keeping an eye on {thing}, what will they look out for, and when will they let me know how it is going?',
  },
  {
    id: 'keep-under-review',
    category: 'monitoring',
    pattern: String.raw`\bkeep(?:s|ing)?\s+(?:${W}\s+){0,4}?under\s+(?:close\s+|regular\s+|constant\s+|ongoing\s+)?review\b`,
    specifics: 'monitoring',
    thing: 'inside',
    fallback: 'this',
    why: '“Under review” has no date and no name attached, so there is no point at which you could check that a review took place or what it decided.',
    ask: 'When will {thing} next be reviewed, who will do it, and how will I hear what was decided?',
  },
  {
    id: 'remain-under-review',
    category: 'monitoring',
    pattern: String.raw`\b(?:remain|remains|stay|stays|be|is|are)\s+under\s+(?:close\s+|regular\s+|constant\s+|ongoing\s+)?review\b`,
    specifics: 'monitoring',
    why: '“Under review” has no date and no name attached, so there is no point at which you could check that a review took place or what it decided.',
    ask: 'When will this next be reviewed, who will do it, and how will I hear what was decided?',
  },
  {
    id: 'monitor',
    category: 'monitoring',
    pattern: String.raw`\bmonitor(?:s|ing|ed)?\b`,
    // "Replies are not monitored": a negated monitoring promises nothing to check.
    // "this monitoring" points back to monitoring the text has already pinned down.
    notBefore: String.raw`\b(?:have|has|had|been|heart|baby|not|never|this|that|such)\s+$`,
    specifics: 'monitoring',
    thing: 'after',
    fallback: 'this',
    why: '“Monitoring” does not say what will be measured, by whom, or when you will hear the results, so you cannot check later whether it happened.',
    ask: 'Who will monitor {thing}, how will they do it, how often, and when will you share what you find?',
  },
  {
    id: 'track',
    category: 'monitoring',
    pattern: String.raw`\b(?:keep(?:s|ing)?\s+(?:a\s+)?(?:close\s+)?(?:track|check|tabs)\s+(?:of|on)|track(?:ing)?\s+(?=(?:his|her|their)\s+(?:progress|attendance|behaviour|wellbeing|mood|anxiety)))`,
    specifics: 'monitoring',
    thing: 'after',
    fallback: 'this',
    why: 'It does not say how progress will be tracked, by whom, or when you will see the results, so you cannot check it later.',
    ask: 'Who will track {thing}, how will they do it, how often, and when will you share the results with me?',
  },
  {
    id: 'watch-and-wait',
    category: 'monitoring',
    pattern: String.raw`\b(?:watch(?:ing)?\s+and\s+wait(?:ing)?|keep\s+watching)\b`,
    specifics: 'monitoring',
    why: '“Watch and wait” does not say what would make things change, who will decide, or when, so nothing is set that you could check later.',
    ask: 'How long will the “watch and wait” period last, what will you be looking for, and when will we decide the next step?',
  },

  // ── wait-and-see ────────────────────────────────────────────────────────────
  {
    id: 'see-how',
    category: 'wait-and-see',
    pattern: String.raw`\bsee\s+how\s+(?:${CHILD}|we|you|it|things|this|that|everything|the\s+${W}(?:\s+${W})?)(?:'s|’s|\s+is|\s+are)?\s+(?:goes|go|going|gets\s+on|get\s+on|getting\s+on|copes?|coping|settles?|settling|manages?|managing|responds?|does|do|progresses?|works?\s+out|works?|develops?|feels?|finds?\s+(?:it|things))\b`,
    why: '“We’ll see how it goes” promises no action and no date, so there is nothing fixed to come back to.',
    ask: 'When will we look again at how things are going, what will you be looking for, and what will happen if it is not working?',
  },
  {
    id: 'see-whether',
    category: 'wait-and-see',
    pattern: String.raw`\bsee\s+(?:if|whether)\s+(?:it|this|that|things)\s+(?:helps?|works?|improves?|makes\s+a\s+difference|settles?)\b`,
    why: 'It leaves open when you will find out whether it helped, and what happens if it does not.',
    ask: 'When will you check whether it has helped, and what will happen next if it has not?',
  },
  {
    id: 'give-it-time',
    category: 'wait-and-see',
    pattern: String.raw`\bgive\s+(?:(?:it|things|this|everything)\s+(?:(?:a\s+(?:few|couple\s+of)|some|a\s+bit\s+of|a\s+little)\s+(?:more\s+)?(?:days|weeks|months|time)|(?:more\s+)?time|a\s+(?:while|bit\s+longer|little\s+longer|chance))|(?:him|her|them)\s+(?:some\s+|more\s+)?time\s+to\s+(?:settle|adjust|get\s+used))\b`,
    why: '“Giving it time” does not say how long, or what will happen at the end, so there is no point at which to check.',
    ask: 'How long will you give it before looking at it again, and what will you do if things have not improved?',
  },
  {
    id: 'let-settle',
    category: 'wait-and-see',
    pattern: String.raw`\b(?:let|allow|letting|allowing)\s+(?:things|it|him|her|them|everything|everyone)\s+(?:to\s+)?(?:settle(?:\s+down|\s+in)?|bed\s+in)\b|\b(?:when|once|until)\s+(?:things|everything)\s+(?:(?:have|has)\s+)?(?:settle[sd]?(?:\s+down)?|calm(?:ed|s)?\s+down|quiet(?:en)?(?:ed|s)?\s+down)\b`,
    why: 'Letting things settle is sensible, but it does not say for how long or what will happen afterwards.',
    ask: 'How long will you let things settle, and when will we look at it together again?',
  },
  {
    id: 'wait-and-see',
    category: 'wait-and-see',
    pattern: String.raw`\b(?:wait\s+and\s+see|waiting\s+to\s+see|watch\s+this\s+space|see\s+what\s+happens)\b`,
    why: '“Wait and see” sets no date and no action, so there is nothing fixed you could check later.',
    ask: 'How long will we wait, what will you be looking for, and when will we decide what to do next?',
  },
  {
    id: 'when-ready',
    category: 'wait-and-see',
    pattern: String.raw`\b(?:when|once|if)\s+(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+are|\s+seems?|\s+feels?)\s+ready\b`,
    why: 'It depends on your child seeming “ready”, without saying who will judge that or how.',
    ask: 'How will you decide when your child is ready, who will decide, and when will we talk about it?',
  },

  // ── unquantified ────────────────────────────────────────────────────────────
  {
    id: 'regular',
    article: true,
    category: 'unquantified',
    pattern: String.raw`\bregular(?:ly)?\b`,
    // The ordinary sense: "her regular teacher", "the Regular armed forces", "regular fire drills".
    notAfter: String.raw`^\s+(?:class|classes|classroom|teachers?(?![\s-]+(?:pupil|student|parent)s?\b)|lessons?|school|timetable|routine|day|seat|TA|attender|attendance|basis\s+of|armed|army|forces|fire|exercise|hand\s*washing)\b|^,`,
    specifics: 'frequency',
    provision: true,
    thing: 'after',
    fallback: 'this',
    why: '“Regular” could mean every day or once a term. Without a number it is hard to check later whether it happened as promised.',
    ask: 'How often will {thing} happen, who will be involved, and when will you look at whether it is helping?',
  },
  {
    id: 'frequent',
    article: true,
    category: 'unquantified',
    pattern: String.raw`\b(?:frequent(?:ly)?|periodic(?:ally)?|occasional(?:ly)?|from\s+time\s+to\s+time|every\s+so\s+often|now\s+and\s+(?:again|then)|on\s+occasion)\b`,
    // How often a family does something is not provision: "occasional early collection", "frequent absences".
    notAfter: String.raw`^\s+(?:early\s+|late\s+)?(?:collections?|pick-?ups?|absences?|lateness|late|requests?|days\s+off|holidays?|illness|visitors|emails)\b`,
    specifics: 'frequency',
    provision: true,
    thing: 'after',
    fallback: 'this',
    why: '“{cue}” does not say how often, so it is hard to check later whether it happened as promised.',
    ask: 'How often exactly will this happen, and who will make sure it does?',
  },
  {
    id: 'some',
    article: true,
    category: 'unquantified',
    // The provision noun must head the words straight after "some": "some information regarding
    // SEND support" and "some toys and activities" are the ordinary sense.
    pattern: String.raw`\bsome\b(?=\s+(?:(?!${NOT_MODIFIER}\b)${W}\s+){0,3}?${PROVISION_NOUN}\b)|\bin\s+some\s+(?:cases|instances)\b|\bsome\s+of\s+(?:these|those|the|our|his|her|their)\s+(?:meetings|sessions|lessons|reviews|visits|groups)\b`,
    // "take some time", "spend some time": the ordinary sense.
    // "choose from some activities": a set to pick from, the ordinary sense.
    notBefore: String.raw`\b(?:at|for|from|take|takes|taking|took|taken|spend|spends|spending|spent)\s+$|\b(?:is|was|are|were|been|he's|she's|they're|has|have|had)\s+(?:doing|done|producing|produced|made|making|written|writing|did)\s+$`,
    notAfter: String.raw`^\s+(?:of|time\s+ago|children|pupils|students|parents|families|people|staff|schools|teachers|days|weeks|months)\b`,
    provision: true,
    thing: 'after',
    fallback: 'support',
    why: '“Some” does not say how much, how often or who will provide it, so you cannot check later what was actually given.',
    ask: 'Could you tell me exactly what {thing} will involve: how much, how often, and who will provide it?',
  },
  {
    id: 'extra',
    article: true,
    category: 'unquantified',
    // "further support" is the same promise; "further to our talk" is a connective, "to further
    // support him" a verb and "for further support, contact…" a signpost.
    pattern: String.raw`\b(?:extra|additional|more|(?<!\b(?:to|for)\s{1,3})further(?!\s+to\b))\s+(?:${W}\s+){0,2}?${MASS_NOUN}\b`,
    notBefore: String.raw`(?:\b(?:the|this|that|these|those|his|their|your|a|an|no|any|some|much|many|and)|(?<!\b(?:give|gives|giving|given|offer|offers|offering|offered|provide|provides|providing|get|gets|getting|allow|allows|allowing|show|shows|bring|brings|send|sends|need|needs|needed)\s+)\bher|\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice)|\b(?:spend|spends|spending|spent))\s+$`,
    notAfter: String.raw`^\s+(?:needs)\b`,
    specifics: 'general',
    provision: true,
    thing: 'self',
    why: '“{cue}” does not say what it will be, who will give it, or how often, so you cannot check later whether it was given.',
    ask: 'What will {thing} involve, who will give it, and how often will it happen?',
  },
  {
    id: 'little-help',
    category: 'unquantified',
    pattern: String.raw`\b(?:a\s+(?:bit|little)\s+(?:of\s+)?(?:extra\s+|more\s+)?(?:help|support|time)|(?:appropriate|suitable|relevant|necessary)\s+(?:support|help|provision|adjustments|interventions|strategies))\b`,
    specifics: 'general',
    provision: true,
    thing: 'self',
    why: '“{cue}” does not say what it will be, who will give it, or how often, so you cannot check later whether it was given.',
    ask: 'What will “{cue}” mean in practice: what will be provided, by whom, and how often?',
  },
  {
    id: 'range-of',
    category: 'unquantified',
    pattern: String.raw`\ba\s+(?:range|variety|number)\s+of\s+(?:${W}\s+)?(?:strategies|support|interventions|resources|adjustments)\b`,
    // "There will be a range of activities at the fair" is the ordinary sense: only the school's promise counts.
    needsAction: true,
    specifics: 'general',
    provision: true,
    thing: 'self',
    why: '“{cue}” does not say which ones, who will use them, or how often, so you cannot check later what was actually done.',
    ask: 'Which ones exactly will be used with my child, by whom, and how often?',
  },
  {
    id: 'relevant-staff',
    category: 'unquantified',
    pattern: String.raw`\b(?:relevant|appropriate)\s+(?:(?:external|outside|other|specialist)\s+)?(?:members?\s+of\s+staff|staff(?:\s+members?)?|professionals?|colleagues|agencies|people|adults?)\b`,
    // "relevant professional reports": an adjective before a document, not a person.
    notAfter: String.raw`^\s+(?:reports?|advice|opinions?|bodies|documents?|documentation|information|evidence|assessments?)\b`,
    thing: 'self',
    why: '“{cue}” does not say who: without a name or a role, you cannot check later who was told or who is responsible.',
    ask: 'Who exactly will be involved: could you give me the names or roles of the people you mean?',
  },
  {
    id: 'access-to',
    article: true,
    category: 'unquantified',
    pattern: String.raw`\baccess\s+to\b`,
    // "support that we can access to benefit them": the verb, not "access to" a thing.
    notBefore: String.raw`\b(?:full|equal|fair|no|can|could|will|to|may|might)\s+$`,
    notAfter: String.raw`^\s+(?:the\s+)?(?:same\s+|full\s+|whole\s+|national\s+|broad\s+)?(?:curriculum|education|information|records?|files?|your|the\s+portal|the\s+app)\b`,
    specifics: 'general',
    provision: true,
    thing: 'after',
    fallback: 'it',
    why: '“Access to” something is not the same as using it: it does not say when, how often, or who makes sure it happens.',
    ask: 'How often will {thing} actually be used, and who will make sure it happens?',
  },
  {
    id: 'opportunities',
    category: 'unquantified',
    pattern: String.raw`\bopportunities\s+(?:to|for)\b`,
    specifics: 'general',
    provision: true,
    thing: 'after',
    fallback: 'this',
    why: '“Opportunities to” does not say how often they will come up or who will make sure they do.',
    ask: 'How often will there be a chance to {thing}, and who will make sure it happens?',
  },
  {
    id: 'as-needed',
    category: 'unquantified',
    pattern: String.raw`\b(?:as|when|if|where|whenever|wherever)\s+(?:needed|required|necessary|appropriate)\b|\bas\s+appropriate\b|\b(?:for\s+)?as\s+long\s+as\s+(?:is\s+|it\s+is\s+)?(?:necessary|needed|required|appropriate)\b|\bwhere\s+the\s+need\s+is\s+appropriate\b|\b(?:where|when|if|as)\s+(?:we|staff|the\s+school|school|they)\s+(?:think|feel|deem|consider|judge|believe)\s+(?:it\s+|this\s+)?(?:is\s+|to\s+be\s+)?(?:necessary|appropriate|needed|required|beneficial)\b|\b(?:where|when|if|as)\s+(?:deemed|considered|judged)\s+(?:necessary|appropriate|beneficial)\b|\b(?:according\s+to|depending\s+on|dependent\s+on)\s+(?:the\s+)?(?:individual\s+|child['’]s\s+|pupil['’]s\s+|their\s+|his\s+|her\s+)?needs?\b`,
    notAfter: String.raw`^\s+(?:to|for|by)\b`,
    why: '“{cue}” leaves it to someone’s judgement without saying whose, or how they will decide, so it is hard to check later.',
    ask: 'Who decides when this applies, how will they decide, and how will I know how often it has happened?',
  },
  {
    id: 'as-and-when',
    category: 'unquantified',
    pattern: String.raw`\bas\s+and\s+when\b`,
    why: '“As and when” does not say how often or who decides, so it may happen rarely or not at all.',
    ask: 'Who decides when this happens, and roughly how often do you expect it to be?',
  },
  {
    id: 'child-needs',
    category: 'unquantified',
    pattern: String.raw`\b(?:if|when|whenever)\s+${CHILD}\s+(?:needs?|wants?|asks\s+for|requests?)\s+(?:it|them|one|this|that)\b|\b(?:when|whenever)\s+${CHILD}\s+needs?\b|\b(?:if|when|whenever)\s+${CHILD}\s+(?:feels?|is|seems?)\s+(?:able|up\s+to\s+it)\b`,
    why: 'It depends on your child asking or being noticed, which many children with SEN find hard, and it does not say who will check.',
    ask: 'How will staff know when it is needed, will they offer it rather than wait to be asked, and who keeps track of how often it is used?',
  },
  {
    id: 'up-to',
    category: 'unquantified',
    pattern: String.raw`\bup\s+to\b(?=\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+maximum)\b)`,
    notBefore: String.raw`\b(?:build|builds|building|built|work|working|worked|lead|leading|led|count|counting|go|going|went|move|moving)\s+$`,
    // "The council has up to 6 weeks to decide": a time limit someone can be held to, not an amount.
    notAfter: String.raw`^\s+${W}\s+(?:(?:working|school|calendar)\s+)?(?:days?|weeks?|months?)\s+(?:to|from|after|of|in\s+which)\b`,
    thing: 'after',
    why: '“Up to” sets a ceiling, not a promise: the real amount could be much less.',
    ask: 'What is the least your child will get each week, and how will I know how much was actually provided?',
  },

  // ── hedge ───────────────────────────────────────────────────────────────────
  {
    id: 'try-to',
    category: 'hedge',
    // A bare "trying to" with no "are"/"am"/"be" before it continues a narration of what someone
    // did ("I met the SENCo (and trying to push for…)"), not an effort the school states.
    pattern: String.raw`\b(?:try|tries)\s+(?:to|and)\b|(?<=\b(?:are|am|is|be|been|keep|keeps)\s{1,3}(?:still\s{1,3}|also\s{1,3})?|['’](?:re|m)\s{1,3})trying\s+(?:to|and)\b|\b(?:attempt|seek|seeks|seeking)\s+to\b`,
    // "rather than trying to squeeze a coat in": advice by contrast, not a promise. "The purpose of
    // this letter is to try and…": what the message itself is for, not something the school will do.
    notBefore: String.raw`(?:${NOT_YOU}|\b(?:rather\s+tha[nt]|instead\s+of)\s+$|\b(?:purpose|aim|point)\s+of\s+(?:this|the|my|our)\s+(?:letter|email|e-mail|message|survey|form|questionnaire)\s+is\s+to\s+$|\b(?:he|she)\s+(?:will\s+|'ll\s+|’ll\s+|is\s+|was\s+|has\s+|always\s+|often\s+|sometimes\s+|really\s+)?$)`,
    why: '“Try” means it might not happen, and there is no way to tell later whether it was tried.',
    ask: 'Can you confirm whether this will definitely happen, and by when? If it might not, what would stop it?',
  },
  {
    id: 'aim-to',
    category: 'hedge',
    pattern: String.raw`\b(?:aim|aims|aiming)\s+(?:to|for)\b|\b(?:our|the)\s+aim\s+is\b`,
    notBefore: String.raw`(?:${NOT_YOU}|\b(?:he|she)\s+(?:will\s+|'ll\s+|’ll\s+|is\s+|was\s+|has\s+|always\s+|often\s+|sometimes\s+|really\s+)?$)`,
    why: 'An aim is not a promise: it says what the school hopes for, not what it will definitely do.',
    ask: 'Can you confirm this as a firm date or plan, and let me know straight away if it is going to slip?',
  },
  {
    id: 'hopefully',
    category: 'hedge',
    // "We are hoping that the counsellor will start next week": the hope is the cue.
    pattern: String.raw`\b(?:hopefully|(?:hope|hopes|hoping)\s+to|we\s+hope\s+(?:that\s+)?(?:we|it|this|he|she|they)\s+(?:will|can|'ll|’ll))\b|\b(?:we|I)\s+(?:are|am)\s+(?:(?:very\s+much|really|still)\s+)?hoping\b(?=\s+that\b)|\bwe\s+(?:also\s+)?hope\b(?=\s+(?:too\s+|also\s+)?that\s+[^.;!?]{0,60}?\b(?:support|targets|strategies|provision|help|plans?|reviews?|meetings?|sessions?|interventions?)\b)`,
    // Social hopes ("we hope to see as many families as possible at the fair") promise no support.
    notAfter: String.raw`^[\s,]+(?:you|your|see\s+you|speak|chat|to\s+see\s+you|to\s+hear)\b|^\s+(?:see|welcome|meet)\s+(?:you|as\s+many|everyone|lots|all|many|families|parents)\b|^\s+see\s+you\b|^[\s,]+(?:this|that|it)\s+(?:helps?|makes\s+sense|answers|explains|clarifies)\b|^\s+have\s+(?:already\s+)?(?:raised|had|been|done|made|seen|received|finished|collected)\b`,
    why: '“Hopefully” means it is not certain, and no one is committed to making it happen.',
    ask: 'Can you confirm whether this will definitely happen, and when? If it might not, what would stop it?',
  },
  {
    id: 'endeavour',
    category: 'hedge',
    pattern: String.raw`\bendeavou?r(?:s|ing)?\b|\bdo\s+(?:our|my|their|his|her)\s+(?:very\s+)?best\b|\bdo\s+(?:what|everything|all|whatever)\s+(?:we|I)\s+can\b|\bas\s+best\s+(?:we|I)\s+can\b`,
    notBefore: NOT_YOU,
    why: 'Doing one’s best is kind, but it is not a promise, so there is nothing fixed to check later.',
    ask: 'What exactly will you do, and when will I know whether it has been possible?',
  },
  {
    id: 'be-able-to',
    category: 'hedge',
    pattern: String.raw`\b(?:should|may|might|could)\s+(?:also\s+)?(?:not\s+)?be\s+able\s+to\b|\bit\s+(?:may|might)\s+be\s+possible\b`,
    why: 'It says what might be possible, not what will happen, so it is not something you can hold anyone to.',
    ask: 'Can you confirm whether this will happen, who will arrange it, and when?',
  },
  {
    id: 'may-might',
    category: 'hedge',
    // Only "might": in policy text "may" gives permission or describes ("the SENCo may attend").
    pattern: String.raw`(?<=\b(?:we|I|school|staff|teachers|the\s+(?:school|team|SENCo|service|class\s+teacher|teacher))\s{1,3}(?:also\s{1,3}|then\s{1,3})?)might\b`,
    notAfter: String.raw`^\s+(?:also\s+)?(?:be\s+able|not\s+be\s+able|consider|look\s+into|explore|try|have\s+been|be\s+in\s+touch\s+with\s+you)\b`,
    why: '“{cue}” describes a possibility, not a promise, so it may not happen and you could not check that it did.',
    ask: 'Will this definitely happen? If so, who will do it and when; if not, what would it depend on?',
  },
  {
    id: 'probably',
    category: 'hedge',
    pattern: String.raw`(?<=\b(?:we|I|school|staff)(?:\s{1,3}(?:will|can|could|would|shall)|'ll|’ll)?\s{1,3})(?:probably|possibly|perhaps|maybe)\b|\b(?:maybe|perhaps)\b(?=\s+(?:we|I|school|staff|the\s+school)\s+(?:could|can|will|might|should)\b)`,
    // "as safe as we possibly can": an intensifier, not a hedge.
    notAfter: String.raw`^\s+(?:can|could)\b`,
    why: '“{cue}” means it is not certain, so there is nothing firm to check later.',
    ask: 'Will this definitely happen? If so, who will do it and when; if not, what would it depend on?',
  },
  {
    id: 'probably-aside',
    category: 'hedge',
    // An afterthought that softens the detail just given: "twice a year, probably every term",
    // "more places, probably part time". Only where the school's side is acting in the sentence.
    pattern: String.raw`(?<=,\s{0,3})(?:probably|possibly|perhaps|maybe)\b`,
    notAfter: String.raw`^\s+(?:can|could)\b`,
    needsAction: true,
    why: '“{cue}” means it is not certain, so there is nothing firm to check later.',
    ask: 'Will this definitely happen? If so, who will do it and when; if not, what would it depend on?',
  },
  {
    id: 'may-act',
    category: 'hedge',
    // "We may recommend…", "the headteacher may also invite…", "it might ask us to assess him": a
    // possible decision about the child's support, not a promise (guidelines §2: "we may consider a
    // referral" is only vague wording). Verbs that only describe how a session runs ("the therapist
    // may observe", "the teacher may discuss") are description, not a decision; "we could offer you
    // Tuesday" is an offer.
    pattern: String.raw`(?<=\b(?:we|I|it|school|staff|the\s+(?:school|team|service|SENCo|SENDCo|headteacher|head|principal|class\s+teacher|teacher|local\s+authority|council|authority|LA|panel))\s{1,3})(?:may|might)\b(?=\s+(?:also\s+|then\s+|well\s+)?(?:recommend|refer|request|apply|offer|provide|arrange|invite|seek|ask|decide|reduce|increase|extend|withdraw)\b)`,
    why: '“{cue}” describes a possibility, not a promise, so it may not happen and you could not check that it did.',
    ask: 'Will this definitely happen? If so, who will do it and when; if not, what would it depend on?',
  },
  {
    id: 'may-be-necessary',
    category: 'hedge',
    // "It may be necessary for school to seek advice", "this may require a referral": a step that
    // might be taken, with no one deciding and no date.
    // "It may be that she will be placed on the register": a possible future step, no one deciding.
    // "these sessions could be carried out by her key worker": who will do it is only a possibility.
    // Not "may be delivered by": in policy text "may" describes how a service runs (see may-might).
    pattern: String.raw`\b(?:it|this|that)\s+(?:may|might|could)\s+(?:also\s+|well\s+)?(?:be\s+(?:necessary|appropriate|needed|required|advisable)|require|need)\b|\bit\s+(?:may|might)\s+(?:well\s+)?be\s+that\b(?=[^.;!?]{0,60}?\bwill\b)|\bcould\s+(?:also\s+)?be\s+(?:carried\s+out|delivered|led|run|provided|offered|arranged)\b(?=\s+by\b)`,
    // "it may be necessary for you to…" is the parent's part.
    notAfter: String.raw`^\s+(?:for\s+)?(?:you|parents|families|carers)\b`,
    why: '“{cue}” leaves open whether it will happen at all, and does not say who decides or when.',
    ask: 'Will this happen for my child? If so, who will decide, and when will I hear?',
  },
  {
    id: 'possible',
    category: 'hedge',
    pattern: String.raw`\b(?:if\s+(?:at\s+all\s+)?possible|where(?:ver)?\s+possible|when(?:ever)?\s+possible|as\s+far\s+as\s+possible|as\s+much\s+as\s+possible|where(?:ver)?\s+(?:we|I)\s+(?:can|are\s+able(?:\s+to)?|am\s+able(?:\s+to)?)|if\s+(?:we|I)\s+can|where\s+feasible|if\s+feasible|all\s+being\s+well)\b`,
    why: '“{cue}” leaves it open whether it will happen at all, and does not say who decides.',
    ask: 'How often do you expect this will be possible, who decides, and will you let me know when it does not happen?',
  },
  {
    id: 'ideally',
    category: 'hedge',
    pattern: String.raw`\bideally\b`,
    // An ideal the family is to meet ("Ideally they will have boots", "ideally you would bring…")
    // is a request to the parent, not something the school's side will do.
    notAfter: String.raw`^[\s,]+(?:you|your|parents|families|carers|(?:they|children|pupils|students)\s+(?:(?:will|should|would)\s+|need\s+to\s+)?(?:have|bring|wear|arrive|come|be\s+(?:wearing|dressed|collected|dropped)))\b`,
    why: '“{cue}” leaves it open whether it will happen at all, and does not say who decides.',
    ask: 'How often do you expect this will be possible, who decides, and will you let me know when it does not happen?',
  },
  {
    id: 'usually',
    category: 'hedge',
    pattern: String.raw`\b(?:usually|normally)\b`,
    // About the child or the parent ("he usually settles", "where you normally collect"), not the school.
    notBefore: String.raw`\b(?:he|she|you|child|son|daughter|it\s+is\s+not|not)\s+(?:is\s+|are\s+|would\s+|does\s+|do\s+)?$|\bas\s+$`,
    // How long a session lasts ("will usually take 30 to 60 minutes") describes the session, not
    // when something will happen (a waiting time in weeks stays vague); "usually a combination of"
    // describes how something is made up.
    notAfter: String.raw`^\s+(?:take|takes|last|lasts)\s+(?:about\s+|around\s+|approximately\s+|between\s+|up\s+to\s+)?[\w-]{1,12}\s+(?:(?:and|to|or|-)\s+[\w-]{1,12}\s+)?(?:minutes|mins|hours?|an\s+hour)\b|^\s+(?:a|an)\s+(?:combination|mixture|mix|blend)\b`,
    why: '“{cue}” describes what tends to happen, not what will happen this time, so there is nothing firm to check later.',
    ask: 'Will this definitely happen for my child this time, and if not, what would change it?',
  },
  {
    id: 'reasonable-steps',
    category: 'hedge',
    pattern: String.raw`\b(?:all\s+)?reasonable\s+(?:steps|efforts|endeavours|measures)\b`,
    why: '“{cue}” leaves open what counts as reasonable, and who decides, so it is hard to check later what was actually done.',
    ask: 'What steps exactly will you take, who will take them, and by when?',
  },
  {
    id: 'intend',
    category: 'hedge',
    pattern: String.raw`(?<=\b(?:we|I)\s{1,3}(?:also\s{1,3})?)(?:intend|intends)\b`,
    why: 'An intention is not a promise: it says what the school means to do, not what it will definitely do.',
    ask: 'Can you confirm this will definitely happen, who will do it and by when?',
  },
  {
    id: 'look-into',
    category: 'hedge',
    pattern: String.raw`\blook(?:s|ing)?\s+into\b|\bbe(?:ing)?\s+looked\s+into\b|\bexplor(?:e|es|ing)\b(?=\s+(?:whether|if|how|what|options?|the\s+(?:possibility|option|idea)|a|an|getting|having|ways|setting|putting|using|alternatives?)\b)|\bsee\s+(?:if|whether)\s+(?:we|I|school)\s+can\b|\blook(?:s|ing)?\s+at\b(?=\s+(?:whether|if|ways|options|the\s+(?:possibility|option)|getting|having|putting|setting\s+up|introducing)\b)|(?<=\b(?:we|I)(?:'ll|’ll|\s{1,3}(?:will|can|could|would|might|may|shall))\s{1,3})think\s+about\b(?=\s+(?:whether|if|a|an|getting|having|putting|referring|how|other|what)\b)`,
    notBefore: String.raw`${NOT_YOU}|\bworth\s+$`,
    why: 'Looking into something is not the same as doing it: there is no decision, no name and no date to check later.',
    ask: 'When will you have looked into this, who is doing it, and how will I hear what you decide?',
  },
  {
    id: 'consider',
    category: 'hedge',
    // "a plan can be considered": a possibility with no one deciding (a panel that "will consider"
    // on a date is its formal business).
    pattern: String.raw`\bconsider(?:ing)?\b|\b(?:can|could|may|might)\s+(?:also\s+)?be\s+considered\b`,
    // "The governors will meet to consider the exclusion", "a meeting will take place to consider
    // whether…": a formal meeting's business, not a hedge.
    notBefore: String.raw`(?:${NOT_YOU}|\b(?:to\s+be|would(?:\s+(?:even|only|not|never))?)\s+$|\b(?:meet|meets|met|meeting|convene|convenes|convened|sit|sits|sat|take\s+place|takes\s+place|took\s+place|be\s+held|held)\s+(?:${W}\.?\s+){0,3}?to\s+$|\bmust\s+$)`,
    notAfter: String.raw`^\s+(?:yourself|him\s+to\s+be|her\s+to\s+be|it\s+(?:important|essential|necessary)|that\s+(?:he|she|they|his|her|their|this|it|the)|this\s+to\s+be)\b`,
    why: 'Considering something is not a decision: it does not say who will decide, by when, or what would make the answer yes.',
    ask: 'When will a decision be made about this, who will make it, and how will I hear the outcome?',
  },

  // ── indefinite-time ─────────────────────────────────────────────────────────
  {
    id: 'soon',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:soon|shortly)\b`,
    notBefore: String.raw`(?:\bas\s+|\b(?:get\s+well|speak|talk|see\s+you|chat|better|hear\s+from\s+you|too)\s+)$`,
    notAfter: String.raw`^\s+(?:as|after|afterwards|before|enough)\b`,
    why: '“{cue}” is not a date, so there is no day when you would know it is late and could follow it up.',
    ask: 'Could you give me a date for this, so I know when to expect it?',
  },
  {
    id: 'as-soon-as',
    category: 'indefinite-time',
    pattern: String.raw`\bas\s+(?:quickly|promptly)\s+as\s+(?:possible|practicable|(?:we|I)\s+can)\b|\bas\s+a\s+matter\s+of\s+(?:priority|urgency)\b|\bas\s+soon\s+as\s+(?:possible|practicable|(?:we|I)\s+(?:can|are\s+able|hear|have|know|receive|get)|(?:${W}\s+){0,3}?(?:becomes?|is|are)\s+(?:available|free)|(?:${W}\s+){0,3}?comes?\s+up)\b`,
    why: 'It depends on something with no date, so there is no day when you would know it is late and could follow it up.',
    ask: 'Do you have a rough date for this, and could you let me know where things stand by then?',
  },
  {
    id: 'due-course',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:in\s+due\s+course|at\s+some\s+(?:point|stage)|in\s+the\s+(?:near|not\s+too\s+distant)\s+future|at\s+a\s+later\s+(?:date|stage|point)|later\s+on(?=\s*(?:[.,;:!?)]|$))|eventually|before\s+(?:too\s+)?long|(?:further\s+)?down\s+the\s+line|in\s+a\s+(?:little\s+)?while)\b`,
    // "this may be revised at a later date": a caveat that arrangements may change, not a promise.
    notBefore: String.raw`\b(?:may|might|could|can|will|is\s+subject\s+to)\s+(?:be\s+)?(?:revised|changed?|altered|amended|updated)\s+$`,
    // "eventually the LA agreed to pay": an account of what happened, not something still to come.
    notAfter: String.raw`^[\s,]+(?:(?:the\s+|a\s+|an\s+)?(?!(?:will|would|shall|can|could|may|might)\b)[\w'’-]{1,20}\s+){0,2}?(?:agreed|got|was|were|had|did|came|went|found|managed|decided|gave|said|made|became|took|paid|sent|arrived|settled|[a-z]{3,15}ed\s+(?:to|that|the|a|an|him|her|them|us|me|it|his|their|and|with|on|in))\b`,
    why: '“{cue}” is not a date, so there is no day when you would know it is late and could follow it up.',
    ask: 'Could you give me a date for this, so I know when to expect it?',
  },
  {
    id: 'next-few-weeks',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+of\s+)?(?:days|weeks|months)|in\s+a\s+(?:few|couple\s+of)\s+(?:days|weeks|months)|in\s+the\s+future)\b`,
    // "We are looking forward to spending time outside over the next few weeks" promises nothing.
    needsAction: true,
    why: '“{cue}” is not a date, so there is no day when you would know it is late and could follow it up.',
    ask: 'Could you give me a date for this, so I know when to expect it?',
  },
  {
    id: 'keep-informed',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:keep|keeps|keeping|kept)\s+(?:you\s+|parents(?:\s*\/\s*carers)?\s+|families\s+|everyone\s+)?(?:(?:fully|closely|regularly)\s+)?(?:informed|updated|up\s+to\s+date|up-to-date|in\s+the\s+loop|posted)\b`,
    // "we will keep you updated every Friday" says when.
    specifics: 'general',
    why: '“{cue}” does not say when you will hear, so there is no point at which you would know an update is overdue.',
    ask: 'When should I expect the next update, and how will it reach me?',
  },
  {
    id: 'when-available',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:when|once|if)\s+(?:(?:we|I)\s+(?:can|are\s+able|am\s+able|have\s+(?:time|capacity|the\s+staff))|(?:staff|staffing|someone|a\s+member\s+of\s+staff|time|resources|funding|budget|capacity|the\s+timetable)\s+(?:is|are|becomes?|allows?|permits?)(?:\s+(?:available|free))?|(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:available|free)|(?:a|an)\s+(?:space|place|slot|appointment)\s+(?:comes\s+up|becomes\s+available|frees\s+up))\b|\b(?:when|once)\s+(?:a|an)\s+(?:space|place|slot|appointment)\s+is\s+available\b`,
    why: 'It depends on staff or time being free, with no date, so it may slip without anyone noticing.',
    ask: 'When do you expect this to happen, and could you let me know if it is going to take longer than that?',
  },
  {
    id: 'depending-on',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:depending|dependent|depends|subject)\s+(?:on|to)\s+(?:the\s+)?(?:staffing|staff|availability|funding|budget|numbers|capacity|resources|the\s+timetable|timetabling|demand|space|places|waiting\s+lists?)\b|\b(?:funding|staffing|time|timetable|budget|resources)\s+permitting\b`,
    why: 'It depends on things outside your control and gives no date, so it may not happen and you would not know when to chase it.',
    ask: 'What does it depend on, when will you know, and what will happen if it is not possible?',
  },
];

/** Words that end the "thing" a cue qualifies. */
export const THING_STOP = String.raw`^(?:with|for|in|on|at|when|whenever|if|as|and|or|but|to|during|from|by|so|where|which|that|because|until|before|after|while|each|every|throughout|across|around|into|over|within|is|are|was|were|will|would|can|could|should|may|might|has|have|had|this|term|now|too|again|also|closely|carefully|regularly)$`;
