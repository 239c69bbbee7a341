// Children's names that are also ordinary English words, months or seasons. Data only, read by
// name-mentions.ts: a capital letter alone does not make "May", "Will" or "Summer" a name.

/** Names that are everyday words: at the start of a sentence ("Will you…", "Hope you are well") they are usually the word. */
export const WORD_NAMES: readonly string[] = [
  'will', 'may', 'grace', 'hope', 'faith', 'joy', 'rose', 'ruby', 'amber', 'holly', 'ivy', 'iris', 'daisy',
  'poppy', 'lily', 'violet', 'jasmine', 'pearl', 'crystal', 'jade', 'honey', 'sky', 'skye', 'river', 'storm',
  'rain', 'star', 'sunny', 'dawn', 'eve', 'april', 'june', 'august', 'summer', 'autumn', 'winter', 'spring',
  'mark', 'bill', 'pat', 'sue', 'frank', 'drew', 'guy', 'ray', 'rob', 'sandy', 'penny', 'robin', 'jay', 'wren',
  'ash', 'hunter', 'chase', 'miles', 'rich', 'max', 'art', 'dean', 'reed', 'page', 'king', 'angel', 'bella',
  'noble', 'hero', 'justice', 'harmony', 'melody', 'liberty', 'honor', 'honour', 'destiny', 'precious', 'blessing',
  'marvel', 'rocky', 'buddy', 'bear', 'fox', 'wolf', 'cliff', 'dale', 'glen', 'heath', 'lane', 'brook', 'ocean',
  'sage', 'clay', 'stone', 'forest', 'don', 'gene', 'carol', 'kit', 'lee', 'ned', 'nick', 'patience',
  'prudence', 'unity', 'tiger', 'willow', 'hazel', 'heather', 'myrtle', 'olive', 'saffron', 'sienna', 'scarlett',
  'blue', 'indigo', 'echo', 'haven', 'journey', 'lucky', 'misty', 'rowan', 'bliss',
];

/** Names that are also months: "by May", "5 June 2026". */
export const MONTH_WORD_NAMES: readonly string[] = ['april', 'may', 'june', 'august'];

/** Names that are also seasons: "Summer term", "in Autumn 2". */
export const SEASON_WORD_NAMES: readonly string[] = ['summer', 'autumn', 'winter', 'spring'];

/**
 * Words just before a month or season that make it a time: "in May", "by the Summer", "end of May".
 * Not "of" alone: "proud of Summer" is a child.
 */
export const TIME_WORDS_BEFORE: readonly string[] = [
  'in', 'by', 'until', 'till', 'since', 'during', 'before', 'after', 'from', 'next', 'last', 'this', 'early',
  'late', 'mid', 'through', 'throughout', 'over', 'the', 'each', 'every', 'end of', 'start of', 'beginning of',
  'middle of', 'rest of',
];

/** Words just after a season (or month) that make it a time: "Summer term", "May half term". */
export const TIME_WORDS_AFTER: readonly string[] = [
  'term', 'half', 'half-term', 'holiday', 'holidays', 'break', 'fair', 'fete', 'fête', 'concert', 'show', 'festival',
  'camp', 'club', 'trip', 'fayre', 'sports', 'production', 'timetable', 'exams', 'report', 'reports', 'census',
];
