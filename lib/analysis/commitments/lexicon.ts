// Word lists for commitment detection (annotation guidelines, section 2). Data only: the rules
// that read them live next door. All entries are lower case; lookups lower-case the word first.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles that make a capitalised word a member of staff or a professional ("Mrs Okafor"). */
export const TITLES = set('mr mrs ms miss mx dr prof sir dame');

/** Words that begin a noun phrase and end a backward scan for one. */
export const DETERMINERS = set('the our my his her their your a an this that these those its one each every all any some');

/** Roles on the school's side: a subject headed by one of these is a named role ("the SENCo"). */
export const ROLE_NOUNS = set(`
  senco sencos teacher teachers tutor tutors ta tas assistant assistants supervisor supervisors officer officers
  therapist therapists psychologist psychologists ep elsa mentor mentors head headteacher headteachers deputy
  coordinator co-ordinator caseworker caseworkers worker workers nurse nurses paediatrician paediatricians pa
  secretary administrator receptionist office adviser advisor advisers advisors lead leads manager managers
  clinician clinicians consultant consultants specialist specialists assessor assessors salt slt ot keyworker
  keyworkers practitioner practitioners principal governor governors panel team teams service services authority
  council department doctor doctors gp inclusion senco's staff colleague colleagues reader scribe counsellor
  counsellors physiotherapist physio nursery professional professionals host hosts
`);

/** Heads that stand for the sender's own organisation: actor "school". */
export const SCHOOL_NOUNS = set('school academy college we us staff trust');

/** Organisation acronyms that are not initials in minutes. */
export const ORG_ACRONYMS = set('la nhs camhs sen send ehc ehcp slt salt ot ep ta pa gp senco elsa mhst sence iass');

/** Subjects that are never the school's side: the parent, the reader, everyone. */
export const NON_ACTOR_SUBJECTS = set(`
  you they everyone everybody anyone anybody nobody someone somebody everything anything nothing something
  parents parent carers carer families family mum mother dad father pupils children students classes
  people one ones
`);

/** Whole-school or whole-group subjects: notices not about the child. */
export const WHOLE_SCHOOL_HEADS = set(`
  pupils children students parents carers families classes class year years everyone form forms groups
  school-wide assembly assemblies
`);

/** Nouns naming events and documents the school will hold or produce ("The review will be on…"). */
export const EVENT_NOUNS = set(`
  meeting meetings review reviews session sessions appointment appointments visit visits call calls assessment
  assessments observation observations consultation consultations training group groups intervention interventions
  programme programmes plan plans report reports referral referrals request requests application applications work
  letter letters timetable timetables paperwork passport profile section first second third next last one
  feedback results result minutes copy draft decision arrangements arrangement support provision help check-in
  check-ins lesson lessons club clubs class target targets booklet form forms certificate update updates
  transition place placement sessions therapy tuition catch-up ehcp ehcps iep ieps
`);

/** Meetings and documents that "act" for the people behind them ("The meeting will assess…", "The plan will set out…"). */
export const ACTING_HEADS = set('meeting meetings review reviews conference panel plan plans report reports letter session sessions');

/** What a meeting or a document does: its people's actions ("set new targets", "include advice"). */
export const ACTING_VERBS = set('assess discuss consider review set look decide agree focus include detail outline list describe explain give identify record provide offer');

/** Whole-school events: a subject headed by one of these is a notice, not a promise about the child. */
export const WHOLE_SCHOOL_EVENTS = set(`
  inset holiday holidays half-term term terms closure concert disco fair fete performance performances photos
  photographs trip trips assembly sports non-uniform nativity play show festival bake evening evenings breakfast after-school wraparound
`);

/** Verbs that an event or document subject may take ("will take place", "will follow", "will carry on"). */
export const EVENT_VERBS = set('take be happen start begin run continue carry follow go arrive come restart resume move');

/** After "will": words that make the clause a prediction, habit or possibility, not a promise. */
export const NOT_PROMISE_ADVERBS = set('probably possibly perhaps maybe usually often sometimes normally generally always likely unlikely rarely never not');

/** Verbs that, with the child as subject, predict or describe rather than promise provision. */
export const PREDICTION_VERBS = set(`
  find feel enjoy love like hate dislike struggle benefit need want cope manage settle learn understand remember
  forget worry grow improve progress thrive try flourish cry panic refuse tell say ask know think look seem sound
  become react respond behave notice miss wish prefer mind hear realise realize fall
`);

/** "He will make …": these make it a prediction ("make progress"), not an activity ("make a book"). */
export const MAKE_PREDICTIONS = set('progress friends mistakes sense improvement gains strides recovery noise fuss');

/**
 * What the child has or feels, or a sanction on the child ("the exclusion will start on…" is a date and a
 * warning sign, not something the school will do for the child): with one of these as head, "his anxiety will continue" is a prediction,
 * while "his reading age will be retested" (a passive) is still something the school will do.
 */
export const CHILD_STATE_NOUNS = set(`
  anxiety anxieties worry worries difficulty difficulties behaviour behavior confidence mood moods progress
  attendance needs need feelings feeling fear fears sleep health condition symptoms problems problem struggles
  temper meltdowns outbursts friendships exclusion exclusions suspension suspensions
`);

/** "He will get …": these make it a prediction ("get upset"), not provision ("get extra help"). */
export const GET_PREDICTIONS = set('upset tired anxious frustrated bored used better worse cross angry distressed overwhelmed confused nervous worried lost stuck');

/** "will be …" words that describe a state: prediction for the child, offer or availability for staff. */
export const STATE_ADJECTIVES = set(`
  fine ok okay upset tired anxious nervous excited happy sad ready better worse worried scared frightened cross
  angry proud pleased delighted disappointed great brilliant lovely confident calm unsettled overwhelmed exhausted
  hungry glad available around free keen willing sure fab fantastic amazing very really quite so too more less much
  tricky hard difficult easier harder easy interested thrilled relieved nice good honest sorry grateful thankful aware
  conscious mindful
`);

/** Offer or availability cues after "will be" for staff ("I'll be happy to…"). */
export const OFFER_STATES = set('happy glad pleased delighted available around free keen willing out away off absent unavailable back grateful');

/** Clauses that promise no action (guidelines: "we'll see how it goes" on its own). */
export const WAIT_AND_SEE = /^(?:(?:just|then|also|now)\s+)?(?:see\s+(?:how|what|whether|if)|wait\s+and\s+see|give\s+(?:it|him|her|them|things)\s+(?:a\s+(?:few|couple|while|bit|little)|some|time|\d|two|three|four|several)|let\s+(?:things|it|him|her)\s+settle|wait\s+(?:until|till|for|a\s+(?:few|while|bit)))/i;

/** A monitoring or action verb that keeps a "see how" clause a commitment ("…and keep it under review"). */
export const MONITORING_IN_CLAUSE = /\b(?:keep\s+(?:it|this|that|things|them|an?\s+eye|a\s+close\s+eye|a\s+careful\s+eye)|keep\b[^.;]{0,40}\bunder\s+review|monitor|review)\b/i;

/** Hedge cues inside or just before a commitment. */
export const HEDGE_CUES = /\b(?:try(?:ing)?\s+(?:to|and)|tries\s+to|aim(?:ing)?\s+(?:to|for)|hop(?:e|ing)\s+(?:to|for)|hopefully|endeavour|endeavor|do\s+(?:our|my|his|her|their)\s+(?:very\s+)?best|where\s+possible|if\s+possible|as\s+far\s+as\s+possible|look\s+into|looking\s+into|consider|be\s+able\s+to|if\s+we\s+can|when\s+(?:we|I)\s+can)\b/i;

/** Condition cues: the promise holds only if something happens. */
export const CONDITION_CUES = /\b(?:if|unless|in\s+case|provided(?:\s+that)?|as\s+long\s+as|should\s+(?:he|she|they|it|you|we)\b|(?:where|when|as|if)\s+(?:needed|necessary|required|appropriate))\b/i;

/** Weekday and month names, and time nouns: never part of a subject noun phrase. */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
  january february march april may june july august september october november december
  today tomorrow tonight yesterday week weeks weekend month months term terms year morning afternoon evening
  lunchtime break now then soon later meantime day days time
`);

/** Words that cannot sit inside a subject noun phrase: verbs, prepositions, conjunctions, adverbs. */
export const NP_BREAKERS = set(`
  and or but so if when where while because although though as since until unless once before after that which
  who whom whose what how why whether then also now still just hopefully however therefore meanwhile instead
  is are was were be been being am has have had do does did can could may might must should would will shall
  to in on at by for with without from into onto about over under between during through within against
  please thanks thank dear hi hello yes no not
  i me you he she it we they him them us
`);

/** Prepositions allowed inside a subject ("the SENCo at Brookside", "Section F of his plan"). */
export const NP_INNER_PREPOSITIONS = set('of at from for in with on');

/** Words that introduce an embedded question: "how everything will work", "who he will share with". */
export const WH_WORDS = set('how what who whom whose why whether which where');

/** Participles that do not end in -ed or -en, for passive detection ("will be set", "will be held"). */
export const IRREGULAR_PARTICIPLES = set(`
  set held sent put made done met kept told brought bought taught shown run read built led paid said found left
  sought thought caught hung lent meant spent cut shut let hit won sat stood heard understood dealt felt
  seen known drawn withdrawn given taken written
`);

/** -ing verbs that describe the present rather than a scheduled future ("he is finding it hard"). */
export const PRESENT_ING = set(`
  finding enjoying struggling feeling settling managing coping getting doing trying working progressing improving
  learning loving liking wanting needing hoping aiming planning going being saying telling asking thinking
  looking waiting wondering writing emailing messaging contacting attaching enclosing replying responding
  proposing considering
`);

/** A time expression that makes "is -ing" a future arrangement when no date finding lies in the clause. */
export const FUTURE_TIME =
  /\b(?:tomorrow|tonight|later\s+today|next\s+(?:week|month|term|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+(?:afternoon|evening|coming)|(?:on|from|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after\s+half[\s-]term|in\s+(?:the\s+)?(?:new\s+year|september|january|april)|(?:over|in)\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months)|w\/c)\b/i;

/** "I'm finishing it today", "I'm adding the pages this week": a near time that makes "is -ing" a plan for staff. */
export const NEAR_TIME = /\b(?:today|this\s+(?:week|weekend)|later\s+this\s+week|by\s+(?:the\s+end\s+of\s+)?(?:today|tomorrow|this\s+week|the\s+week))\b/i;

/** "The school will be closed…", "we break up…": notices about the whole school, not the child. */
export const SCHOOL_NOTICE_VERBS = set('close closed closing open opened reopen reopened reopening shut break finish finishing');

/** Verbs of provision: with he/she as subject they speak of the child ("he will have…"). */
export const PROVISION_VERBS = set('have get be attend join start continue use sit take spend eat go stay receive work move carry');

/** Verbs of a member of staff's errands: "…and he will send it" may refer back to a named teacher. */
export const STAFF_ACTION_VERBS = set(`
  send call ring phone email e-mail contact write let update arrange speak talk meet bring do complete forward pass
  share book confirm check visit observe assess chase apply refer post drop pop give
`);

/** "we will enter the usual cold and flu season", "we will soon reach the end of term": time passing, not an action. */
export const TIME_PASSING =
  /^(?:enter|reach|approach|face|head\s+into|move\s+into)\s+(?:(?:the|a|our)\s+)?(?:[a-z-]+\s+){0,4}?(?:season|period|phase|winter|summer|spring|autumn|holidays?|term|months?|weeks?)\b/i;

/** "…will trigger a further investigation", "…will lead to a review": a thing that sets off an action by the school. */
export const TRIGGERS_ACTION =
  /^\s*(?:(?:then|also|automatically|always)\s+)?(?:trigger|lead\s+to|result\s+in|prompt)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:investigation|review|referral|assessment|meeting|discussion|observation|conversation|call|contact)\b/i;
