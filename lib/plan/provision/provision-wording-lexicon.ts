// Wording in a provision's "what" or "who" that sounds like support but cannot be checked. Data
// only, read by unquantified.ts. Patterns are regular-expression sources matched in any ASCII letter
// case (see lib/analysis/text/ascii-case.ts); {cue} is the words as written, {what} the provision
// as named, {thing} the words after the cue ("access to [a quiet space]"), or `fallback`.
// The tone follows lib/analysis/vague/vague-lexicon.ts: why it cannot be checked, then a polite
// question the parent can send, in the parent's own voice.

import type { PhraseRule } from '@/lib/analysis/text/phrase-rules';

export interface WordingRule extends PhraseRule {
  id: string;
  /** Used for {thing} when the cue ends the text. */
  fallback?: string;
  why: string;
  ask: string;
}

export const WORDING_RULES: readonly WordingRule[] = [
  {
    id: 'access-to',
    pattern: String.raw`\baccess\s+to\b`,
    why: '“Access to” something is not the same as using it: the plan does not say when, how often, or who makes sure it happens.',
    fallback: 'it',
    ask: 'How often will my child actually use {thing}, and who will make sure it happens?',
  },
  {
    id: 'as-needed',
    pattern: String.raw`\b(?:as|when|if|where|whenever|wherever)\s+(?:needed|required|necessary|appropriate)\b|\bas\s+appropriate\b|\bas\s+and\s+when\b`,
    why: '“{cue}” leaves it to someone’s judgement without saying whose, or how they will decide, so it may happen rarely or not at all.',
    ask: 'Who decides when my child has {what}, how will they decide, and how will I know how often it has happened?',
  },
  {
    id: 'regular',
    pattern: String.raw`\bregular(?:ly)?\b`,
    why: '“Regular” could mean every day or once a term. Without a number it is hard to check whether it happened as the plan says.',
    ask: 'How often exactly will {what} happen: how many times a week, and for how long each time?',
  },
  {
    id: 'frequent',
    pattern: String.raw`\b(?:frequent(?:ly)?|periodic(?:ally)?|occasional(?:ly)?|ongoing|from\s+time\s+to\s+time)\b`,
    why: '“{cue}” does not say how often, so it is hard to check whether it happened as the plan says.',
    ask: 'How often exactly will {what} happen, and who will make sure it does?',
  },
  {
    id: 'support-from',
    pattern: String.raw`\b(?:support|input|advice|help|guidance)\s+from\b`,
    why: '“{cue}” does not say what that person will actually do with your child, how often, or for how long.',
    ask: 'What exactly will {what} involve: what will be done, how often, and for how long each time?',
  },
  {
    id: 'opportunities',
    pattern: String.raw`\bopportunit(?:y|ies)\s+(?:to|for)\b`,
    why: '“{cue}” does not say how often the chance will come up or who will make sure it does.',
    fallback: 'do this',
    ask: 'How often will my child have the chance to {thing}, and who will make sure it happens?',
  },
  {
    id: 'possible',
    pattern: String.raw`\b(?:where|when|if|wherever|whenever)\s+(?:possible|feasible|available)\b|\bsubject\s+to\s+(?:availability|staffing|funding|timetabling)\b|\bstaffing\s+permitting\b`,
    why: '“{cue}” leaves it open whether it will happen at all, and does not say who decides.',
    ask: 'Will {what} definitely happen? If not every time, who decides, and will you tell me when it does not?',
  },
  {
    id: 'some',
    pattern: String.raw`\b(?:some|additional|extra)\b`,
    why: '“{cue}” does not say how much, how often or who will provide it, so you cannot check what was actually given.',
    ask: 'What exactly will {what} involve: how much, how often, and who will provide it?',
  },
  {
    id: 'up-to',
    pattern: String.raw`\bup\s+to\b`,
    why: '“Up to” sets a ceiling, not a promise: the real amount could be much less.',
    ask: 'What is the least my child will get of {what} each week, and how will I know how much was actually given?',
  },
  {
    id: 'may',
    pattern: String.raw`\b(?:may|might|could)\b`,
    why: '“{cue}” describes a possibility, not a promise, so it may not happen and you could not check that it did.',
    ask: 'Will {what} definitely happen? If so, who will do it and how often?',
  },
  {
    id: 'encouraged',
    pattern: String.raw`\bencourag(?:ed|ement|ing)\b`,
    why: 'Being “encouraged” puts it on your child: it does not say what staff will do, or how often.',
    ask: 'What will staff actually do for {what}, how often, and who will do it?',
  },
  {
    id: 'monitoring',
    pattern: String.raw`\bmonitor(?:ed|ing)?\b|\bunder\s+review\b|\bkeep\s+an\s+eye\b`,
    why: '“{cue}” does not say what will be looked at, by whom, or when you will hear, so you cannot check later that it happened.',
    ask: 'Who will monitor this, what will they look at, how often, and when will you share what they find?',
  },
];

/**
 * A whole "who" that names no one: nobody can be asked whether it happened. Compared after trimming
 * and lower-casing; a role with a name ("Mrs Khan (TA)") or a named profession ("speech and language
 * therapist", which the law accepts in an EHC plan) is not here.
 */
export const NOBODY_NAMED: readonly string[] = [
  'staff',
  'school staff',
  'all staff',
  'available staff',
  'staff as available',
  'any available adult',
  'an adult',
  'adult',
  'adults',
  'adults in class',
  'a member of staff',
  'member of staff',
  'members of staff',
  'school',
  'the school',
  'class team',
  'the class team',
  'team',
  'the team',
  'various',
  'various staff',
  'tbc',
  'to be confirmed',
  'tba',
  'n/a',
  '-',
  '?',
];
