// Warning signs the guidance tells parents to watch for, and what we say about each. Data only.
// Patterns are regular-expression sources compiled once by detect-concerns.ts, case-insensitive
// except inside character classes ([A-Z] means a capital: see ascii-case.ts).
// Every pattern starts with a literal word and uses only bounded repetition.
//
// Sources for the explanations: the SEND Code of Practice: 0 to 25 years (2015); the DfE guidance
// "Suspension and permanent exclusion" (2024), "Behaviour in schools" (2024) and "Working together
// to improve school attendance" (2024). The wording stays modest on purpose: it says what the
// guidance expects and what a parent can ask, not what a court would decide.

import type { ConcernType } from '@/lib/analysis/types';

export interface ConcernRule {
  id: string;
  type: ConcernType;
  pattern: string;
  /**
   * Groups of words (lower case, plain text): every match of the pattern holds a word of each
   * group, so a sentence missing a group is not searched at all (detect-concerns.ts). A new
   * alternative in the pattern needs its word listed.
   */
  keywords: readonly (readonly string[])[];
  /** Not a concern when the 40 characters before the match fit this (source, tested with 'i'). */
  notBefore?: string;
  /** Not a concern when the 40 characters after the match fit this (source, tested with 'i'). */
  notAfter?: string;
  /**
   * The pattern holds its own negation ("won't take him full time", "can't ... until there's a
   * diagnosis"), so a "not" in the clause before it does not cancel it (about-child.ts).
   */
  keepsNegation?: boolean;
  explanation: string;
}

const CHILD = String.raw`(?:him|her|them|[A-Z][a-z]{1,20})`;
const PERSON = String.raw`(?:he|she|they|[A-Z][a-z]{1,20})`;
const SEN = String.raw`(?:SEN\s+support|SEND\s+support|SEN|SEND|special\s+educational\s+needs?)`;

const REDUCED_TIMETABLE =
  'A reduced or part-time timetable should only be used in exceptional circumstances. DfE attendance guidance says it must be agreed with you, be temporary, and have a clear plan and time limit for getting back to full time, with regular reviews. It should not be used to manage behaviour. You could ask for the plan in writing, including the review date and the date for a full return.';

const EARLY_PICKUP =
  'Being asked to collect your child early is normal if they are unwell. If it is because of behaviour, or because staff cannot manage, the DfE’s exclusion guidance says it must be handled as a formal suspension, recorded and confirmed in writing. Informal early pick-ups are unlawful, even if you agree. You could ask the school why, and how the time is being recorded.';

const DIAGNOSIS =
  'The SEND Code of Practice says support should be based on your child’s needs, not on whether they have a diagnosis. A school does not need a diagnosis to put SEN support in place, or to ask for specialist advice. You could ask what support they will put in place now, based on what they are already seeing.';

const INFORMAL_EXCLUSION =
  'The DfE’s exclusion guidance says a child can only be sent home because of behaviour through a formal suspension or exclusion, decided by the headteacher and given to you in writing. Sending a child home informally, even “to calm down” and even if you agree, is called an unofficial exclusion and the guidance says it is unlawful. If your child was unwell, that is different. You could ask the school how this time away is being recorded, and what support will help next time.';

export const CONCERN_RULES: readonly ConcernRule[] = [
  // ── exclusion ───────────────────────────────────────────────────────────────
  {
    id: 'internal-exclusion',
    keywords: [['internal', 'isolation', 'inclusion', 'removed']],
    type: 'exclusion',
    pattern: String.raw`\b(?:internal\s+exclusions?|(?:internally|internal)\s+excluded|isolation\s+(?:room|booth|booths|unit)|(?:in|into|to)\s+isolation\b(?!\s+(?:from\s+)?(?:covid|illness|because\s+of\s+(?:covid|illness)))|inclusion\s+room|removed\s+from\s+(?:the\s+)?(?:classroom|class|lessons?))\b`,
    explanation:
      'This sounds like time out of lessons in school, sometimes called internal exclusion or isolation. DfE behaviour guidance says removing a pupil from class should be a last resort, kept as short as possible, recorded, and that parents should be told. For a child with SEN, the school should also think about whether their needs are being met. You could ask how long it lasted, what work and support your child had, and what will change.',
  },
  {
    id: 'formal-exclusion',
    keywords: [['exclu', 'suspen']],
    type: 'exclusion',
    pattern: String.raw`\b(?:(?:fixed[-\s]term|permanent(?:ly)?|formal(?:ly)?)\s+)?(?:exclu(?:sion|sions|ded|de|ding)|suspen(?:sion|sions|ded|d|ding))\b`,
    notBefore: String.raw`\b(?:internal(?:ly)?|social|digital|financial)\s+$`,
    notAfter: String.raw`^\s+(?:criteria|zone|from\s+(?:the\s+)?(?:[\w-]{1,20}\s+)?(?:trip|photos?|pictures?|visit|team|club|list|email|chat|count|figures|data))\b`,
    explanation:
      'The school is talking about a suspension or exclusion. DfE guidance says only the headteacher can decide this, it must be for a clear reason, and you should be told in writing how long it lasts and how to put your views to the governors. For a child with SEN, the school should think about whether support was in place. You could ask for the decision letter, and for a meeting about what will help when your child returns.',
  },
  {
    id: 'sent-home',
    keywords: [['home']],
    type: 'exclusion',
    pattern: String.raw`\b(?:${PERSON}\s+(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|would\s+be|is\s+being|got|gets|being|be)\s+sent\s+home|send(?:s|ing)?\s+${CHILD}\s+home|sent\s+${CHILD}\s+home|tak(?:e|ing|en)\s+${CHILD}\s+home\s+(?:early|before\s+the\s+end|at\s+lunch(?:time)?))\b`,
    notAfter: String.raw`^\s+(?:with|a|an|the|some|his|her|their)\s+(?:letter|copy|form|book|reading\s+book|note|sheets?|pack|work|homework)\b`,
    explanation: INFORMAL_EXCLUSION,
  },

  {
    // An exclusion in all but name: "the head told us not to bring him in tomorrow", "they asked
    // me to keep her at home until the meeting". The negation is the sign.
    id: 'kept-home',
    keywords: [['told', 'ask', 'tell']],
    type: 'exclusion',
    pattern: String.raw`\b(?:told|asked|telling|asking|tells|asks)\s+(?:me|us|my\s+(?:husband|wife|partner))\s+(?:not\s+to\s+(?:bring|send)\s+${CHILD}\s+(?:in|into\s+school|to\s+school|back)|to\s+keep\s+${CHILD}\s+(?:at\s+)?home)\b`,
    keepsNegation: true,
    explanation: INFORMAL_EXCLUSION,
  },

  // ── reduced timetable ───────────────────────────────────────────────────────
  {
    id: 'reduced-timetable',
    keywords: [['reduced', 'part', 'phased', 'short', 'only']],
    type: 'reduced-timetable',
    pattern: String.raw`\b(?:reduced\s+(?:timetable|hours|(?:school\s+)?day|attendance)|part[-\s]time\s+(?:timetable|attendance|hours|place|schooling)|phased\s+(?:return|timetable|start)|(?:shortened|shorter)\s+(?:school\s+)?(?:day|days|week|timetable)|(?:mornings|afternoons)\s+only|only\s+(?:attend|come\s+in|be\s+in\s+school)\s+(?:in\s+the\s+|for\s+)?(?:mornings?|afternoons?))\b`,
    explanation: REDUCED_TIMETABLE,
  },
  {
    // "just mornings for now", "attend from 10am until lunch", "come in for half days",
    // "finishes at 12pm each day", "he is only allowed in for two hours a day".
    id: 'short-days',
    keywords: [['morning', 'afternoon', 'til', 'half', 'hour', 'finish', 'leav']],
    type: 'reduced-timetable',
    pattern: String.raw`\b(?:(?:just|only)\s+(?:the\s+)?(?:mornings|afternoons)|(?:attend|attends|attending|be\s+in\s+school|come\s+in|stay)\s+(?:(?:school|each\s+day|every\s+day|from\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am)?)\s+)?(?:until|till)\s+(?:lunch(?:time)?|midday|noon|(?:11|12)(?:[.:]\d{2})?(?:\s*(?:am|pm))?(?!\d))|(?:attend|attends|attending|come\s+in|in\s+school)\s+(?:for\s+)?half\s+days|(?:attend|attends|attending|in\s+school|at\s+school|goes\s+in|go\s+in|allowed\s+in|comes\s+in|come\s+in)\s+(?:for\s+)?(?:only\s+|just\s+)?(?:\d{1,2}|one|two|three|four|an?)\s+hours?\s+(?:a|per|each)\s+day|(?:finish|finishes|finishing|leave|leaves|leaving)\s+(?:school\s+)?(?:early|at\s+(?:lunch(?:time)?|midday|noon|(?:11|12|1)(?:[.:]\d{2})?(?:\s*(?:am|pm))?(?!\d)))\s+(?:each|every)\s+day)\b`,
    explanation: REDUCED_TIMETABLE,
  },
  {
    // A school that will not have the child for the whole day: "they still won't take him for
    // full time hours", "we can't have her in for full days yet". The negation is the sign.
    id: 'not-full-time',
    keywords: [['full', 'whole', 'all'], ["n't", 'n’t', 'not', 'unable', 'refus']],
    type: 'reduced-timetable',
    pattern: String.raw`\b(?:won't|won’t|will\s+not|wouldn't|wouldn’t|would\s+not|can't|can’t|cannot|can\s+not|(?:not|are\s+unable|is\s+unable)\s+(?:able\s+)?to|refuse\s+to|refused\s+to|refusing\s+to|don't|don’t|do\s+not|didn't|didn’t|did\s+not)\s+(?:(?:yet|still|even|currently)\s+)?(?:take|have|let|allow|keep|accept)\s+${CHILD}\s+(?:in\s+(?:school\s+)?)?(?:(?:for|to\s+(?:attend|stay|come\s+in))\s+)?(?:full[-\s]time|full\s+days?|the\s+(?:full|whole)\s+day|all\s+day|a\s+full\s+day)`,
    keepsNegation: true,
    explanation: REDUCED_TIMETABLE,
  },

  // ── early pick-up ───────────────────────────────────────────────────────────
  {
    id: 'early-pickup',
    keywords: [['collect', 'fetch', 'get', 'pick', 'come', 'home']],
    type: 'early-pickup',
    pattern: String.raw`\b(?:(?:collect|collected|collecting|fetch|fetched|get)\s+${CHILD}\s+(?:early|at\s+lunch(?:time)?|before\s+(?:lunch|the\s+end\s+of\s+the\s+(?:school\s+)?day)|at\s+(?:11|12|1)(?:[.:]\d{2})?(?:\s*(?:am|pm))?(?!\d)|from\s+(?:school|the\s+(?:school\s+)?office|reception)(?:\s+(?:today|now|straight\s+away))?)|pick(?:ed|ing|s)?\s+${CHILD}\s+up\s+(?:early|at\s+lunch(?:time)?|at\s+(?:11|12|1)(?:[.:]\d{2})?(?:\s*(?:am|pm))?(?!\d)|before\s+(?:lunch|the\s+end\s+of\s+the\s+(?:school\s+)?day)|from\s+(?:school|the\s+office)\s+(?:today|now))|pick(?:ed|ing|s)?\s+up\s+(?:early|at\s+lunch(?:time)?)|come\s+(?:in\s+)?(?:and|to)\s+(?:collect|pick\s+up|fetch|get)\s+${CHILD}|(?:go|goes|going|went|gone)\s+home\s+(?:early|at\s+lunch(?:time)?|before\s+lunch)|home\s+at\s+lunchtime)\b`,
    explanation: EARLY_PICKUP,
  },

  {
    // "they keep phoning me to pick him up", "school rang and asked us to come and get her",
    // "we had to call you to collect him".
    id: 'called-to-collect',
    keywords: [['call', 'phon', 'ring', 'rang', 'text']],
    type: 'early-pickup',
    pattern: String.raw`\b(?:call|calls|called|calling|phone|phones|phoned|phoning|ring|rings|rang|ringing|text|texts|texted)\s+(?:me|us|you|my\s+(?:husband|wife|partner))\s+(?:(?:again|every\s+day|daily|constantly)\s+)?(?:to|and\s+ask(?:ed|s)?\s+(?:me|us|you)\s+to)\s+(?:come\s+(?:in\s+)?(?:and\s+)?)?(?:collect|fetch|get|pick\s+up)\s+${CHILD}|\b(?:call|calls|called|calling|phone|phones|phoned|phoning|ring|rings|rang|ringing)\s+(?:me|us|you)\s+(?:(?:again|every\s+day|daily|constantly)\s+)?to\s+(?:come\s+(?:and\s+)?)?pick\s+${CHILD}\s+up\b`,
    explanation: EARLY_PICKUP,
  },

  // ── diagnosis gatekeeping ───────────────────────────────────────────────────
  {
    id: 'diagnosis-until',
    keywords: [['diagnos']],
    type: 'diagnosis-gatekeeping',
    pattern: String.raw`\b(?:until|unless|without|till|pending)\s+(?:(?:there\s+is|there's|there’s|we\s+(?:have|get|receive)|you\s+(?:have|get|can\s+get)|${PERSON}\s+(?:has|have|gets?|receives?|has\s+had|has\s+got))\s+)?(?:a|an|the|his|her|their|any)?\s*(?:formal\s+|official\s+|medical\s+|confirmed\s+|clinical\s+)?(?:[A-Z]{2,5}\s+)?diagnosis\b|\b(?:until|unless|before)\s+(?:he|she|they)(?:'s|’s|\s+is|\s+are|\s+has\s+been|\s+gets|\s+have\s+been)\s+(?:formally\s+|officially\s+)?diagnosed\b|\bbefore\s+(?:there\s+is|there's|there’s|we\s+have|we\s+get|(?:he|she|they)\s+(?:has|gets|have))\s+(?:a|an)\s+(?:formal\s+|official\s+)?(?:[A-Z]{2,5}\s+)?diagnosis\b`,
    notBefore: String.raw`\b(?:even|support|help|needs?\s+met|regardless|irrespective)\s+$|\b(?:not|n't|n’t|no\s+need\s+to)\s+(?:[a-z]+\s+){0,2}wait(?:ing)?\s+$`,
    keepsNegation: true,
    explanation: DIAGNOSIS,
  },
  {
    id: 'diagnosis-needed',
    keywords: [['diagnos']],
    type: 'diagnosis-gatekeeping',
    pattern: String.raw`\b(?:needs?|need\s+to\s+have|requires?|required|must\s+have|has\s+to\s+have|have\s+to\s+have)\s+(?:a|an)\s+(?:formal\s+|official\s+|medical\s+|confirmed\s+)?(?:[A-Z]{2,5}\s+)?diagnosis\s+(?:first|before|to|for|so\s+that)\b|\b(?:only|just)\s+(?:with|once\s+there\s+is|if\s+there\s+is|when\s+there\s+is)\s+(?:a|an)\s+(?:formal\s+)?(?:[A-Z]{2,5}\s+)?diagnosis\b|\bdiagnosis\s+(?:is|would\s+be)\s+(?:needed|required|necessary)\b|\bno\s+(?:formal\s+)?diagnosis,?\s+(?:so|which\s+means)\s+(?:we|school|the\s+school)\s+(?:can't|can’t|cannot|can\s+not|won't|won’t|are\s+unable|is\s+unable)\b`,
    notBefore: String.raw`\b(?:not|don't|don’t|doesn't|doesn’t|never)\s+$`,
    keepsNegation: true,
    explanation: DIAGNOSIS,
  },

  {
    // "diagnosed with ADHD ... before they would even consider taking him for full days".
    id: 'diagnosis-before',
    keywords: [['diagnos']],
    type: 'diagnosis-gatekeeping',
    pattern: String.raw`\bdiagnos(?:ed|is|e)\b[^.!?\n]{0,100}?\bbefore\s+(?:they|we|the\s+school|school|staff|anyone|the\s+SENCo)\s+(?:would|will|'ll|’ll|can|could|are\s+willing\s+to|agree\s+to)\s+(?:even\s+)?(?:consider|look\s+at|offer|agree|refer|put|accept|start|give|provide|take|do|assess)\b`,
    keepsNegation: true,
    explanation: DIAGNOSIS,
  },
  {
    // "we will have to wait for a formal diagnosis"; "no need to wait for a diagnosis" is cancelled
    // by the negation in its clause.
    id: 'diagnosis-wait',
    keywords: [['diagnos']],
    type: 'diagnosis-gatekeeping',
    pattern: String.raw`\b(?:wait|waiting|waited)\s+(?:for|until)\s+(?:(?:he|she|they)\s+(?:has|gets|have)\s+)?(?:a|an|the|his|her|their)\s+(?:formal\s+|official\s+|medical\s+)?(?:[A-Z]{2,5}\s+|autism\s+)?diagnosis\b`,
    explanation: DIAGNOSIS,
  },

  // ── removal from the SEN register ───────────────────────────────────────────
  {
    id: 'sen-register-removal',
    keywords: [['sen', 'special'], ['remov', 'tak', 'took', 'longer', 'need', 'off']],
    type: 'sen-register-removal',
    pattern: String.raw`\b(?:(?:remove|removes|removing|removed|take|takes|taking|taken|took)\s+(?:${CHILD}\s+)?(?:off|from)\s+(?:the\s+|our\s+)?(?:${SEN}\s+)(?:register|list|record)|(?:remove|removes|removing|removed|take|takes|taking|taken|took)\s+(?:${CHILD}\s+)?off\s+${SEN}|(?:be|being|been)\s+removed\s+from\s+(?:the\s+|our\s+)?${SEN}(?:\s+(?:register|list))?|no\s+longer\s+(?:be\s+)?(?:on|in|receiving|receive|needs?|requires?|gets?|getting)\s+(?:the\s+)?${SEN}(?:\s+(?:register|list|provision))?|(?:doesn't|doesn’t|does\s+not|don't|don’t|do\s+not)\s+need\s+to\s+be\s+on\s+(?:the\s+)?${SEN}(?:\s+(?:register|list))?|(?:come|comes|coming|came)\s+off\s+(?:the\s+)?${SEN}(?:\s+(?:register|list))?)\b`,
    explanation:
      'The SEND Code of Practice expects parents to be involved in planning and reviewing SEN support, so you should be told and listened to before your child comes off the SEN register. You could ask what evidence shows the support is no longer needed, what will happen if things get harder again, and to have the decision in writing.',
  },
];

/**
 * Behaviour named in the same sentence turns an early pick-up into an exclusion (guidelines §4:
 * "being sent home or collected because of behaviour"): "we had to call you to collect him after
 * he hit a member of staff". Source, tested with 'i'.
 */
export const BEHAVIOUR_CUE = String.raw`\b(?:behaviou?r|incident|hit|hitting|kicked|kicking|punched|threw|throwing|biting|spat|spitting|hurt\s+(?:a|another|other)|violent|violence|aggressive|aggression|lashed\s+out|dysregulated|calm\s+down|fight|fighting|swore|swearing|assault(?:ed)?)\b`;

export const EXCLUSION_FOR_BEHAVIOUR_EXPLANATION = INFORMAL_EXCLUSION;

export const WEEKDAY_CONFLICT_EXPLANATION =
  'The day and the date do not match: {note}. It is worth checking with the school which one they mean before you put it in your diary.';
