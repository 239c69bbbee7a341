// Cheap signals that a warning sign is about THIS child (guidelines §4) rather than general
// information or policy. Data only: regular-expression sources, compiled once by about-child.ts
// with the 'i' flag unless noted. Every source starts with a literal or a \b and uses only bounded
// repetition, so each test is linear in the sentence.

/** "he or she", "his/her", "him or her": the generic pupil of a policy text, not a child. */
export const GENERIC_PRONOUN_PAIR = String.raw`\b(?:he|his|him|she|her|hers)\s*(?:\/|\bor\b)\s*(?:he|his|him|she|her|hers|they|them|their)\b`;

/** A single child spoken of: he, she, him, her, his, himself, herself. */
export const CHILD_PRONOUN = String.raw`\b(?:he|she|him|his|her|himself|herself)\b`;

/** The child named through the parent, or a letter template's slot for the child's name. */
export const CHILD_REFERENCE = String.raw`\b(?:your|my|our)\s+(?:son|daughter|child|little\s+boy|little\s+girl|boy|girl)\b|\[[^\]\n]{0,30}\b(?:child|pupil|student|son|daughter|young\s+person)[^\]\n]{0,20}\]`;

/**
 * Something decided, done or proposed by the sender's side for one child: past or proposed event
 * wording. A policy text states rules instead ("a pupil may be excluded").
 */
export const EVENT_WORDING = String.raw`\b(?:(?:we|I)\s+(?:have|had|'ve|’ve)\s+(?:had\s+to|decided|agreed|been\s+(?:getting|asked|told|calling|phoning|ringing))|(?:we|I)\s+(?:are|am|'re|’re|'m|’m)\s+(?:proposing|suggesting|planning|considering|going\s+to)|(?:we|I)\s+(?:propose|suggest|plan|intend|think|feel|would\s+like|'d\s+like|’d\s+like|will|'ll|’ll|can't|can’t|cannot|can\s+not|can\s+only|won't|won’t|are\s+(?:not\s+|only\s+)?able|are\s+unable|am\s+unable|had\s+to|decided|agreed|need|would\s+need|'d\s+need|’d\s+need|require|must\s+have)|(?:my|our|the\s+headteacher's|the\s+headteacher’s)\s+decision|as\s+(?:agreed|discussed)|has\s+(?:been|decided)|have\s+been|was|were|had\s+been|this\s+(?:exclusion|suspension|timetable|arrangement|plan)|this\s+is\s+(?:a|an)|following\s+(?:the|an|this|today's|today’s|yesterday's|yesterday’s)|today|yesterday|this\s+(?:morning|afternoon|week))\b`;

/**
 * An indefinite or plural pupil as the one affected: the subject of a rule, which outweighs a
 * pronoun in the same sentence ("a pupil may be removed from the register when his needs...").
 */
export const GENERIC_SUBJECT = String.raw`(?:^|[,;:(]|\b(?:if|when|where|whether|unless|that|for|once|while)\b)\s*(?:a|an|any|every|each|no)\s+(?:pupil|student|child|learner|young\s+person)\b|\b(?:pupils|students|learners|young\s+people|children|families)\s+(?:who|that|with|on|in\s+receipt|may|might|can|could|should|must|are\s+(?:expected|entitled|able|only)|need)\b`;

/** The words and rules of a policy or information text: they outweigh the weaker signals only. */
export const POLICY_WORDING = String.raw`\b(?:guidance|policy|policies|legislation|statutory|regulations|procedures?|examples?\s+of|the\s+use\s+of|in\s+exceptional\s+circumstances|local\s+authorities|schools\s+(?:may|must|can|should|will)|(?:can|may|might|could|should|must)\s+(?:only\s+)?be\s+(?:used|appropriate|considered|agreed|excluded|suspended|removed|placed|put|taken|sent|asked))\b`;

/** A conditional or generic "your child": how a council page addresses every reader. */
export const GENERIC_YOUR_CHILD = String.raw`\b(?:if|when|where|whether|unless|should)\s+(?:your|a)\s+(?:child|son|daughter|young\s+person)\b|\byour\s+(?:child|son|daughter)\s+(?:may|might|can|could|should|must|does\s+not|doesn't|doesn’t|do\s+not)\b`;

/**
 * A negation that cancels the warning sign when it stands in the same clause before it ("Noah
 * will not be suspended", "there are no plans for a reduced timetable", "to avoid exclusion").
 */
export const NEGATION_BEFORE = String.raw`\b(?:not|never|no|nor|without|avoid|avoiding|avoided|prevent|preventing|rather\s+than|instead\s+of|alternatives?\s+to|[a-z]{2,6}n't|[a-z]{2,6}n’t|cannot)\b`;

/** A negation straight after it ("a reduced timetable is not needed"). */
export const NEGATION_AFTER = String.raw`^\s*(?:is|was|will\s+be|would\s+be|has\s+been)?\s*(?:not|never|no\s+longer)\s+(?:needed|necessary|required|appropriate|an\s+option|being\s+(?:considered|proposed))\b|^\s*(?:isn't|isn’t|wasn't|wasn’t|won't|won’t)\s+(?:be\s+)?(?:needed|necessary|required|appropriate|happening)\b`;

/** Where a clause starts, looking back from the warning sign: the negation must sit inside it. */
export const CLAUSE_BREAK = String.raw`[,;:()–—]|\b(?:and|but|because|since|after|although|though|so|which|until|before|when|while|if)\b`;

/** A whole-school closure or notice: not about one child. */
export const CLOSURE_WORDING = String.raw`\b(?:school\s+(?:will\s+be\s+)?clos(?:e|es|ed|ing|ure)|closure|all\s+(?:pupils|children|students|classes|year\s+groups)|strike|industrial\s+action|snow|severe\s+weather|heating|power\s+cut|last\s+day\s+of\s+term|whole\s+school|every\s+class)\b`;

/** Capitalised words that are never the child's name, however often they appear. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'I We The This That These Those Our Your My His Her Their He She They It If When As Please Dear Thank Thanks Kind Best ' +
    'Regards Yours Mr Mrs Ms Miss Mx Dr School Year Reception Head Headteacher Teacher SENCo SENCO Deputy Class Term ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Christmas Easter Autumn Spring Summer Exclusion Suspension Guidance Policy ' +
    'Following Unfortunately However Also So And But Since After Before Until Today Tomorrow Yesterday Local Council ' +
    'Authority Service Services Support Plan Parent Parents Carer Carers Education Health Care Team Office Behaviour ' +
    'Panel Governors Governing Board Trust Academy College Nursery Centre Unit Department Inclusion Attendance Officer ' +
    'Children Pupils Students Staff Special Educational Needs Disabilities Code Practice Act Section Appendix Note Part ' +
    'Chapter Key Stage Exclusions Suspensions Will Can Could Would Should Any All Some Every Each Where Why What How Who ' +
    'Once While Although Because During In On At For From To With Without Unless Whether There Here Then Now Yes No Not'
  ).split(' '),
);
