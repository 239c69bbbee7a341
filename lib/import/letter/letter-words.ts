// The words a letter's date line and letterhead are read with. Data, once: add a word here, not a
// branch in the readers (letter-date.ts, letterhead.ts, letter-item.ts). Month names, which email
// Date headers share, are in lib/calendar/day.ts (MONTH_NUMBERS).

/** Weekdays a date line may open with ("Thursday 12 March 2026", "Thu, 12 Mar 2026"). */
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tues', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri', 'sat', 'sun',
];

/** Labels that name the letter's own date ("Date: 12/03/2026"). Any other label ("Date of birth:", "Review date:") does not. */
export const LETTER_DATE_LABELS: readonly string[] = [
  'date', 'dated', 'date of letter', 'letter date', 'date sent', 'date issued', 'date of issue', 'issue date', 'issued',
];

/** Labels whose date is never the letter's, even when their value sits alone on the next line. */
export const OTHER_DATE_LABELS: readonly string[] = [
  'date of birth', 'dob', 'd.o.b', 'd.o.b.', 'birth date', 'born',
];

/** A greeting ends the letterhead and the search for the date line ("Dear Mr and Mrs Ahmed,"). */
export const GREETINGS: readonly string[] = ['dear', 'to whom it may concern', 'to the parent', 'to the parents', 'hello', 'good morning', 'good afternoon'];

/** The closing a sign-off block starts with; the writer's email is usually below it. */
export const SIGN_OFFS: readonly string[] = [
  'yours sincerely', 'yours faithfully', 'yours truly', 'kind regards', 'best regards', 'warm regards', 'with best wishes',
  'best wishes', 'many thanks', 'regards', 'thank you',
];

/**
 * Words that make a line of the letterhead an organisation's name: the schools, councils and
 * services that write to a parent about a child's SEN.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'school', 'academy', 'college', 'council', 'trust', 'nhs', 'service', 'services', 'federation', 'partnership',
  'nursery', 'pre-school', 'preschool', 'local authority', "children's centre", 'children’s centre', 'clinic', 'hospital',
  'sendiass', 'iass', 'foundation', 'infant school', 'junior school', 'department', 'team', 'board', 'university',
];

/** Lines of a letterhead that are not its name: how to reach it, who runs it, how the letter was sent. */
export const NOT_A_NAME_OPENINGS: readonly string[] = [
  'private and confidential', 'strictly private', 'confidential', 'by email', 'by e-mail', 'by post', 'by hand', 'urgent',
  'our ref', 'your ref', 'ref', 'tel', 'telephone', 'phone', 'mobile', 'fax', 'email', 'e-mail', 'web', 'website', 'www',
  'headteacher', 'head teacher', 'executive headteacher', 'principal', 'chair', 'page', 're', 'subject', 'to',
];

/**
 * Lines that name a person, usually the letter's recipient ("Mr and Mrs Ahmed" at the top of a Word
 * letter whose letterhead sat in a header): never the sender's name by position alone.
 */
export const PERSON_OPENINGS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'the parent', 'the parents', 'parent/carer', 'parents/carers', 'parent of', 'parents of', 'the family of',
];

/** Lines whose email address is the recipient's, not the writer's ("By email: parent@…"). */
export const RECIPIENT_EMAIL_OPENINGS: readonly string[] = ['by email', 'by e-mail', 'sent by email', 'to'];

/**
 * Titles that say nothing about the letter: a word processor's defaults and the file's own name.
 * "Microsoft Word - EHCP draft.docx" is what Word's PDF printer writes.
 */
export const MEANINGLESS_TITLES: readonly RegExp[] = [
  /^microsoft (?:office )?word\s*-\s*/i,
  /^(?:untitled|document|doc|new document|title|word document)\s*\d*$/i,
  /^\S+\.(?:docx?|pdf|odt|rtf|txt|html?)$/i,
];

/** How many non-empty lines from the top a letter's date line and letterhead are looked for in. */
export const TOP_LINES = 40;
/** How many lines from the top the letterhead's name is looked for in. */
export const LETTERHEAD_LINES = 15;
/** A letterhead's name is a short line: at most this many characters and words. */
export const NAME_MAX_CHARS = 80;
export const NAME_MAX_WORDS = 10;
/** Years a letter's date line may name (a letter from 1970 or 2150 is a misread). */
export const LETTER_YEARS = { from: 1980, to: 2100 } as const;
