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
  | 'monitoring';

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
const NOT_YOU = String.raw`\b(?:you|please)\s+(?:[\w'’-]{1,20}\s+){0,2}$`;

/** Makes an unquantified or monitoring cue checkable when its clause has one of these. */
export const SPECIFICS = {
  frequency: String.raw`\b(?:daily|weekly|fortnightly|monthly|termly|half-termly|every\s+(?:[a-z-]{1,20}\s+)?(?:day|morning|afternoon|lunchtime|break|lesson|session|class|week|fortnight|month|term|half[- ]term|other\s+\w{1,12}|(?:mon|tues|wednes|thurs|fri)day|\d{1,2}\s+(?:days|weeks))|each\s+(?:[a-z-]{1,20}\s+)?(?:day|morning|afternoon|week|lesson|class|(?:mon|tues|wednes|thurs|fri)day)|(?:once|twice|three\s+times|four\s+times|five\s+times|\d{1,2}\s*(?:times|x))\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|term|lesson)|(?:mon|tues|wednes|thurs|fri)days)\b`,
  date: String.raw`\b(?:(?:on|by|from|until)\s+(?:mon|tues|wednes|thurs|fri)day|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))\b`,
  amount: String.raw`\b(?:\d{1,3}|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty)\s*(?:minutes?|mins?|hours?|hrs?|sessions?)\b`,
  measure: String.raw`\b(?:using|with|through|by)\s+(?:a|an|the|his|her|their)?\s*(?:[\w-]{1,20}\s+){0,2}(?:test|tests|assessment|assessments|chart|log|tracker|checklist|questionnaire|scale|diary|data)\b`,
};

/** Where a sentence breaks into clauses for the specifics check. */
export const CLAUSE_BREAK = String.raw`[;:•]|\s[–—-]\s|,\s*(?:and|but|so|although|though|while|whereas|which)\b|\bbut\b|\b(?:and|although|though|whereas)\s+(?=(?:we|I|you|he|she|they|school|staff|the\s+school|Mrs|Mr|Miss|Ms|Dr)\b)`;

export const VAGUE_RULES: readonly VagueRule[] = [
  // ── monitoring ──────────────────────────────────────────────────────────────
  {
    id: 'keep-an-eye',
    category: 'monitoring',
    pattern: String.raw`\bkeep(?:s|ing)?\s+(?:a|an)\s+(?:close\s+|careful\s+|watchful\s+|extra\s+)?(?:eye|watch)(?:\s+(?:on|over|out\s+for))?\b|\bkeep(?:s|ing)?\s+a\s+watching\s+brief(?:\s+on)?\b`,
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
    notBefore: String.raw`\b(?:have|has|had|been|heart|baby|not|never)\s+$`,
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
    notAfter: String.raw`^\s+(?:class|classes|classroom|teacher|teachers|lessons?|school|timetable|routine|day|seat|TA|attender|attendance|basis\s+of)\b`,
    specifics: 'general',
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
    specifics: 'general',
    thing: 'after',
    fallback: 'this',
    why: '“{cue}” does not say how often, so it is hard to check later whether it happened as promised.',
    ask: 'How often exactly will this happen, and who will make sure it does?',
  },
  {
    id: 'some',
    article: true,
    category: 'unquantified',
    pattern: String.raw`\bsome\b(?=\s+(?:${W}\s+){0,4}?${PROVISION_NOUN}\b)`,
    notBefore: String.raw`\b(?:at|for)\s+$|\b(?:is|was|are|were|been|he's|she's|they're|has|have|had)\s+(?:doing|done|producing|produced|made|making|written|writing|did)\s+$`,
    notAfter: String.raw`^\s+(?:of|time\s+ago|children|pupils|students|parents|families|people|staff|schools|teachers|days|weeks|months)\b`,
    thing: 'after',
    fallback: 'support',
    why: '“Some” does not say how much, how often or who will provide it, so you cannot check later what was actually given.',
    ask: 'Could you tell me exactly what {thing} will involve: how much, how often, and who will provide it?',
  },
  {
    id: 'extra',
    article: true,
    category: 'unquantified',
    pattern: String.raw`\b(?:extra|additional|more)\s+(?:${W}\s+){0,2}?${MASS_NOUN}\b`,
    notBefore: String.raw`(?:\b(?:the|this|that|these|those|his|their|your|a|an|no|any|some|much|many|and)|(?<!\b(?:give|gives|giving|given|offer|offers|offering|offered|provide|provides|providing|get|gets|getting|allow|allows|allowing|show|shows|bring|brings|send|sends|need|needs|needed)\s+)\bher|\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice))\s+$`,
    notAfter: String.raw`^\s+(?:needs)\b`,
    specifics: 'general',
    thing: 'self',
    why: '“{cue}” does not say what it will be, who will give it, or how often, so you cannot check later whether it was given.',
    ask: 'What will {thing} involve, who will give it, and how often will it happen?',
  },
  {
    id: 'little-help',
    category: 'unquantified',
    pattern: String.raw`\b(?:a\s+(?:bit|little)\s+(?:of\s+)?(?:extra\s+|more\s+)?(?:help|support|time)|a\s+(?:range|variety|number)\s+of\s+(?:${W}\s+)?(?:strategies|support|interventions|activities|resources|adjustments)|(?:appropriate|suitable|relevant|necessary)\s+(?:support|help|provision|adjustments|interventions|strategies))\b`,
    specifics: 'general',
    thing: 'self',
    why: '“{cue}” does not say what it will be, who will give it, or how often, so you cannot check later whether it was given.',
    ask: 'What will “{cue}” mean in practice: what will be provided, by whom, and how often?',
  },
  {
    id: 'access-to',
    article: true,
    category: 'unquantified',
    pattern: String.raw`\baccess\s+to\b`,
    notBefore: String.raw`\b(?:full|equal|fair|no)\s+$`,
    notAfter: String.raw`^\s+(?:the\s+)?(?:curriculum|education|information|records?|files?|your|the\s+portal|the\s+app)\b`,
    specifics: 'general',
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
    thing: 'after',
    fallback: 'this',
    why: '“Opportunities to” does not say how often they will come up or who will make sure they do.',
    ask: 'How often will there be a chance to {thing}, and who will make sure it happens?',
  },
  {
    id: 'as-needed',
    category: 'unquantified',
    pattern: String.raw`\b(?:as|when|if|where|whenever|wherever)\s+(?:needed|required|necessary|appropriate)\b|\bas\s+appropriate\b`,
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
    thing: 'after',
    why: '“Up to” sets a ceiling, not a promise: the real amount could be much less.',
    ask: 'What is the least your child will get each week, and how will I know how much was actually provided?',
  },

  // ── hedge ───────────────────────────────────────────────────────────────────
  {
    id: 'try-to',
    category: 'hedge',
    pattern: String.raw`\b(?:try|tries|trying)\s+(?:to|and)\b|\battempt\s+to\b`,
    notBefore: String.raw`(?:${NOT_YOU}|\b(?:he|she)\s+(?:will\s+|'ll\s+|’ll\s+|is\s+|was\s+|has\s+|always\s+|often\s+|sometimes\s+|really\s+)?$)`,
    why: '“Try” means it might not happen, and there is no way to tell later whether it was tried.',
    ask: 'Can you confirm whether this will definitely happen, and by when? If it might not, what would stop it?',
  },
  {
    id: 'aim-to',
    category: 'hedge',
    pattern: String.raw`\b(?:aim|aims|aiming)\s+(?:to|for)\b|\bour\s+aim\s+is\b`,
    notBefore: String.raw`(?:${NOT_YOU}|\b(?:he|she)\s+(?:will\s+|'ll\s+|’ll\s+|is\s+|was\s+|has\s+|always\s+|often\s+|sometimes\s+|really\s+)?$)`,
    why: 'An aim is not a promise: it says what the school hopes for, not what it will definitely do.',
    ask: 'Can you confirm this as a firm date or plan, and let me know straight away if it is going to slip?',
  },
  {
    id: 'hopefully',
    category: 'hedge',
    pattern: String.raw`\b(?:hopefully|(?:hope|hopes|hoping)\s+to|we\s+hope\s+(?:that\s+)?(?:we|it|this|he|she|they)\s+(?:will|can|'ll|’ll))\b`,
    notAfter: String.raw`^[\s,]+(?:you|your|see\s+you|speak|chat|to\s+see\s+you|to\s+hear)\b|^\s+see\s+you\b|^[\s,]+(?:this|that|it)\s+(?:helps?|makes\s+sense|answers|explains|clarifies)\b`,
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
    pattern: String.raw`(?<=\b(?:we|I|school|staff|teachers|the\s+(?:school|team|SENCo|service|class\s+teacher|teacher))\s{1,3}(?:also\s{1,3}|then\s{1,3})?)(?:may|might)\b`,
    notAfter: String.raw`^\s+(?:also\s+)?(?:be\s+able|not\s+be\s+able|consider|look\s+into|explore|try|have\s+been|be\s+in\s+touch\s+with\s+you)\b`,
    why: '“{cue}” describes a possibility, not a promise, so it may not happen and you could not check that it did.',
    ask: 'Will this definitely happen? If so, who will do it and when; if not, what would it depend on?',
  },
  {
    id: 'probably',
    category: 'hedge',
    pattern: String.raw`(?<=\b(?:we|I|school|staff)(?:\s{1,3}(?:will|can|could|would|shall)|'ll|’ll)?\s{1,3})(?:probably|possibly|perhaps)\b`,
    why: '“{cue}” means it is not certain, so there is nothing firm to check later.',
    ask: 'Will this definitely happen? If so, who will do it and when; if not, what would it depend on?',
  },
  {
    id: 'possible',
    category: 'hedge',
    pattern: String.raw`\b(?:if\s+(?:at\s+all\s+)?possible|where(?:ver)?\s+possible|when(?:ever)?\s+possible|as\s+far\s+as\s+possible|as\s+much\s+as\s+possible|where(?:ver)?\s+(?:we|I)\s+(?:can|are\s+able(?:\s+to)?|am\s+able(?:\s+to)?)|if\s+(?:we|I)\s+can|where\s+feasible|if\s+feasible|all\s+being\s+well|ideally)\b`,
    why: '“{cue}” leaves it open whether it will happen at all, and does not say who decides.',
    ask: 'How often do you expect this will be possible, who decides, and will you let me know when it does not happen?',
  },
  {
    id: 'look-into',
    category: 'hedge',
    pattern: String.raw`\blook(?:s|ing)?\s+into\b|\bbe(?:ing)?\s+looked\s+into\b|\bexplor(?:e|es|ing)\b(?=\s+(?:whether|if|how|what|options?|the\s+(?:possibility|option|idea)|a|an|getting|having|ways|setting|putting|using|alternatives?)\b)|\bsee\s+(?:if|whether)\s+(?:we|I|school)\s+can\b|\blook(?:s|ing)?\s+at\b(?=\s+(?:whether|if|ways|options|the\s+(?:possibility|option)|getting|having|putting|setting\s+up|introducing)\b)|(?<=\b(?:we|I)(?:'ll|’ll|\s{1,3}(?:will|can|could|would|might|may|shall))\s{1,3})think\s+about\b(?=\s+(?:whether|if|a|an|getting|having|putting|referring|how|other|what)\b)`,
    notBefore: NOT_YOU,
    why: 'Looking into something is not the same as doing it: there is no decision, no name and no date to check later.',
    ask: 'When will you have looked into this, who is doing it, and how will I hear what you decide?',
  },
  {
    id: 'consider',
    category: 'hedge',
    pattern: String.raw`\bconsider(?:ing)?\b`,
    notBefore: String.raw`(?:${NOT_YOU}|\b(?:to\s+be|would)\s+$)`,
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
    pattern: String.raw`\bas\s+soon\s+as\s+(?:possible|practicable|(?:we|I)\s+(?:can|are\s+able|hear|have)|(?:${W}\s+){0,3}?(?:becomes?|is|are)\s+(?:available|free)|(?:${W}\s+){0,3}?comes?\s+up)\b`,
    why: 'It depends on something with no date, so there is no day when you would know it is late and could follow it up.',
    ask: 'Do you have a rough date for this, and could you let me know where things stand by then?',
  },
  {
    id: 'due-course',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:in\s+due\s+course|at\s+some\s+(?:point|stage)|in\s+the\s+(?:near|not\s+too\s+distant)\s+future|at\s+a\s+later\s+(?:date|stage|point)|later\s+on(?=\s*(?:[.,;:!?)]|$))|eventually|before\s+(?:too\s+)?long|(?:further\s+)?down\s+the\s+line|in\s+a\s+(?:little\s+)?while|(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+of\s+)?(?:days|weeks|months)|in\s+a\s+(?:few|couple\s+of)\s+(?:days|weeks|months))\b`,
    why: '“{cue}” is not a date, so there is no day when you would know it is late and could follow it up.',
    ask: 'Could you give me a date for this, so I know when to expect it?',
  },
  {
    id: 'when-available',
    category: 'indefinite-time',
    pattern: String.raw`\b(?:when|once|if)\s+(?:(?:we|I)\s+(?:can|are\s+able|am\s+able|have\s+(?:time|capacity|the\s+staff))|(?:staff|staffing|someone|a\s+member\s+of\s+staff|time|resources|funding|budget|capacity|the\s+timetable)\s+(?:is|are|becomes?|allows?|permits?)(?:\s+(?:available|free))?|(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:available|free)|(?:a|an)\s+(?:space|place|slot|appointment)\s+(?:comes\s+up|becomes\s+available|is\s+available|frees\s+up))\b`,
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
