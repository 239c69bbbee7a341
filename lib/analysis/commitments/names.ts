// Is a capitalised word someone's first name? Only asked for a one-word subject that the email
// itself never uses as a name elsewhere: compromise is consulted on that one word, lazily, so its
// cost stays a few calls per email whatever the email's length.
import nlp from 'compromise';

const cache = new Map<string, boolean>();

export function isFirstName(word: string): boolean {
  if (!/^[A-Z][a-z'’-]{1,20}$/.test(word)) return false;
  let known = cache.get(word);
  if (known === undefined) {
    known = nlp(word).has('#FirstName');
    if (cache.size > 500) cache.clear();
    cache.set(word, known);
  }
  return known;
}
