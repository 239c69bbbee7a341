// Who is speaking to whom around a vague cue: the word lists that tell an instruction to the
// parent, a description of a need and general information from the school's own promises and plan
// provision (annotation guidelines §3). Data only: regular-expression sources, compiled once by
// stance.ts with the 'i' flag. Bounded repetition only, so no input can make one backtrack for long.

/** "please" asks the parent to act, unless it only introduces what the school says next. */
export const PLEASE = String.raw`\bplease\b(?!\s+(?:be\s+assured|rest\s+assured|note|be\s+aware|do\s+not\s+worry|don['’]t\s+worry|see\s+below))`;

/** Time given to the parent to act: "you will have 15 days to…" is the parent's part, not a promise. */
const PARENT_TIME = String.raw`(?:[\w-]{1,12}\s+){0,2}(?:days|weeks|months|time|the\s+(?:chance|opportunity|right))\b`;

/**
 * The parent or parents as the subject of the words before the cue ("if you are concerned",
 * "parents may wish to"). Not the parent as receiver of what the school does ("you will be kept
 * up to date", "parents are invited"): those are the school acting (guidelines §2).
 */
export const PARENT_SUBJECT = String.raw`(?<!\b(?:let|help|tell|show|give|send|ask|remind|keep|invite|inform|contact|offer)\s{1,3})\b(?:you|parents|parent\s+carers|carers|families)\s+(?:(?:also|still|really|may\s+also)\s+)?(?:may|might|can|could|should|must|need|needs|are\s+(?:concerned|worried|unsure|unhappy|not|able|unable|welcome|encouraged|asked|reminded|expected|required)|were|have|feel|think|would|wish|want|do|did|will\s+need|will\s+have\s+${PARENT_TIME}|notice|see|find|know|believe|remain|drop|collect|bring|send)\b|\b(?:could|can|would|will)\s+you\b|\byou['’]ll\s+(?:need|have\s+${PARENT_TIME})`;

/** The school asking the parent for something: what follows is the parent's part. */
export const REQUEST = String.raw`\bwe\s+(?:would\s+)?(?:ask|encourage|urge|remind|request)\s+(?:that|you|all|parents|families|carers)\b|\b(?:would|should)\s+be\s+(?:very\s+|most\s+|really\s+)?grateful\b|\bwould\s+(?:really\s+)?appreciate\b|\bwe\s+would\s+(?:like|love)\s+(?:you|parents|all|families|carers)\b|\bwe\s+(?:would\s+)?(?:advise|recommend)\s+(?:that\s+)?(?:you|parents|families|carers)\b`;

/** Words in an imperative that show it is addressed to the parent ("contact us", "your messages"). */
export const TO_PARENT = String.raw`\b(?:you|your|yours|yourself|us|me|please)\b`;

/** Words that show an imperative is plan provision about the child ("monitor his reading"). */
export const ABOUT_CHILD = String.raw`\b(?:him|his|her|hers|their|them|child['’]s|pupil['’]s|student['’]s)\b`;

/** Words an imperative may start with that do not themselves give the order. */
export const IMPERATIVE_LEAD = /^(?:please|do|also|just|then|kindly|always|simply)$/i;

/**
 * Openings that are not orders to the parent: "Access to the calm corner" is a line of provision (the
 * verb takes no "to"); "let's see how it goes" includes the school; "please be
 * assured that we will…" and "thank you for your patience while we look into it" introduce the
 * school's own words.
 */
export const NOT_IMPERATIVE = String.raw`^\W*(?:access\s+to|let['’]s|let\s+us\s+see|let\s+things|thank|thanks|many\s+thanks|(?:please\s+)?(?:be\s+assured|rest\s+assured|note\s+that|be\s+aware\s+that|do\s+not\s+worry|don['’]t\s+worry))\b`;

/**
 * A need named just before the cue: "she needs extra support", "will require additional support",
 * "he would benefit from some sensory input" (a recommendation names a need, not a promise).
 */
export const NEED_BEFORE = String.raw`\b(?:need|needs|needed|needing|require|requires|required|requiring|benefit\s+from|benefits\s+from|benefiting\s+from|benefitting\s+from)\s+(?:(?:a|an|the|more|lots\s+of|a\s+lot\s+of)\s+)?$`;

/** Words before "needs" as a noun: "Special Educational Needs", "his additional needs". */
const NEEDS_NOUN_BEFORE = String.raw`(?:educational|additional|special|complex|medical|learning|sensory|emotional|individual|specific|health|care|support|his|her|their|its|whose|of|the|any|these|those|such|different|particular|child['’]s)`;

/**
 * The clause describes what a child or children need ("some children need support at some point"),
 * with no one on the school's side as its subject: "we need to keep an eye on it" is still the school.
 */
export const NEED_CLAUSE = String.raw`\b(?!(?:we|I|school|staff|they|${NEEDS_NOUN_BEFORE})\b)[A-Za-z]{1,20}\s+(?:(?:may|might|will|also|often|sometimes)\s+)?(?:need|needs|require|requires)\b(?!\s+to\b)`;

/** The same need in a condition: "if she needs extra time, I'll fit her in" is provision when the school acts. */
export const NEED_CONDITION = String.raw`\b(?:if|when|whenever|where|should)\s+(?:[\w'’-]{1,20}\s+){1,3}(?:need|needs|require|requires)\s+(?:(?:a|an|the|more)\s+)?$`;

/** After a need in a condition, the parent is sent into a process ("…, you will receive an appointment"). */
export const PARENT_RECEIVES = String.raw`^[^.;]{0,60}?\byou(?:\s+will|['’]ll)\s+(?:then\s+)?(?:receive|get|be\s+(?:sent|given|offered|invited|contacted|asked))\b`;

/** A need named just after the cue: "more regular reviews may be needed". */
export const NEED_AFTER = String.raw`^[^,.;:]{0,40}?\b(?:(?:may|might|will|would)\s+(?:also\s+)?be|is|are)\s+(?:needed|required|necessary)\b`;

/**
 * The cue is only an example in a description: "this could be things like targeted work". Not "it
 * may be necessary to offer further support": that is a possible step, itself vague.
 */
export const EXAMPLE = String.raw`\b(?:this|these|that|it)\s+(?:could|might|may)\s+(?:be|include)\b(?!\s+(?:necessary|appropriate|needed|required|advisable)\b)|\bthings\s+like\b`;

/**
 * General information or guidance, not a promise for this child: "schools should talk to parents
 * regularly", "it is important that children have access to", "a young carer is defined as",
 * "the cycle draws on more frequent review" (how an approach works in general).
 */
export const GENERAL = String.raw`\b(?:is|are)\s+(?:so\s+|very\s+)?(?:important|essential|vital|key)\b|\bis\s+defined\s+as\b|\bsomeone\s+(?:who|under)\b|\b(?:can|could|may)\s+be\s+used\b|\ball\s+(?:the\s+)?(?:pupils|children|students)\b|\b(?:it|this|the\s+(?:graduated\s+)?(?:approach|cycle|process|model|framework))\s+draws\s+on\b|^\W*(?:all\s+)?(?:schools|settings|nurseries|colleges|local\s+authorities)\s+(?!will\s+be\s+(?:sent|informed))`;

/**
 * Whole-school matters that are not support for a child (guidelines §2 and §3: newsletter logistics
 * are neither promises nor vague provision): "I will monitor staffing levels", "we hope to avoid
 * another lockdown", "we hope to make the most of the weather", fundraising totals.
 */
export const WHOLE_SCHOOL = String.raw`\b(?:lockdowns?|covid(?:-19)?|coronavirus|pandemic|the\s+weather|staffing\s+levels|safe\s+staffing|fundrais(?:e|er|ers|ing)|raised\s+(?:over\s+|almost\s+|nearly\s+)?£|non-uniform|car\s+park|parking)\b`;

/**
 * How long a child stays on the SEN register is register policy, not provision (guidelines §4 treats
 * register policy as general information): "pupils will only be on the SEND register for as long as
 * is necessary and whilst they are receiving additional support".
 */
export const REGISTER_STATUS = String.raw`\b(?:be|remain|stay|stays|remains|kept)\s+on\s+(?:the\s+|our\s+)?(?:school['’]s\s+)?SEN(?:D)?\s+(?:register|record|list)\b`;

/**
 * A sentence that opens with any or every pupil is policy for pupils in general ("Any pupil on a
 * reduced timetable is expected to have a plan; this will help pupils return with appropriate
 * support"). Where the school's side is acting in it ("…, and the school will consider…") it still promises.
 */
export const POLICY_SUBJECT = String.raw`^\W*(?:any|every|each)\s+(?:pupil|child|student|young\s+person|learner)\b`;

/**
 * Guidance for others, not a promise: "the school should talk to parents regularly". Only for
 * provision and monitoring cues: "it should be with us shortly" still gives no date.
 */
export const GUIDANCE = String.raw`\bshould\b(?!\s+(?:also\s+)?(?:be\s+able|be\s+with))`;

/**
 * The school's side acting, for cues common in ordinary writing ("in the next few weeks"): a person
 * or a service that will act, or is arranging something ("the SEND team are hosting events").
 */
export const SCHOOL_ACTS = String.raw`\b(?:we|I|school|staff|the\s+school|(?:class\s+|form\s+|head)?teachers?|SEN(?:D)?CO|TA|teaching\s+assistants?|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'’-]{1,20})\s+(?:(?:also|then|now)\s+)?(?:will|shall|are\s+going\s+to|am\s+going\s+to|aim|plan|hope|intend|(?:are|am)\s+(?:hoping|planning|aiming|intending))\b|\b(?:we|I)['’]ll\b|\b(?:team|service|council|authority|panel|therapist|psychologist|setting|nursery|college|academy)s?\s+(?:(?:also|then|now)\s+)?(?:will|shall|(?:is|are)\s+(?:hosting|holding|running|organising|offering|arranging|providing|going\s+to))\b`;

/** A list item or bullet: plan provision is often written as one. */
export const LIST_ITEM = /^\s*(?:[-•*–·]|\d{1,2}[.)]|[a-z][.)])\s*/;

/** Where the words just before a cue start a new part of the clause ("If you are worried, we will…"). */
export const SEGMENT_BREAK = /[,;:()]/g;
