// Is a capitalised word someone's first name? Only asked for a one-word subject that the email
// itself never uses as a name elsewhere: compromise is consulted on that one word, lazily, so its
// cost stays a few calls per email whatever the email's length.
import nlp from 'compromise';
import { boundedMemo } from '@/lib/util/bounded-memo';

const taggedFirstName = boundedMemo((word: string): boolean => nlp(word).has('#FirstName'), 500);

export function isFirstName(word: string): boolean {
  return /^[A-Z][a-z'’-]{1,20}$/.test(word) && taggedFirstName(word);
}

// "Advice will be included…": a capitalised word at the start of a sentence that compromise reads as a
// common noun, not a name; asked only for such a one-word subject of a passive, so a few calls per email.
const taggedCommonNoun = boundedMemo((word: string): boolean => {
  const doc = nlp(word.toLowerCase());
  return doc.has('#Noun') && !doc.has('#Person') && !doc.has('#ProperNoun') && !doc.has('#Pronoun');
}, 500);

export function isCommonNoun(word: string): boolean {
  return /^[A-Z][a-z-]{1,20}$/.test(word) && !isFirstName(word) && taggedCommonNoun(word);
}
