// One sender or recipient, as every mail reader in the import hands it on: the display name as the
// sender wrote it, the address lower-cased (the key senders are grouped and ticked by).
import { addressParser } from 'postal-mime';
import type { Person } from '@/lib/model/captured-item';

/** A name and address tidied: quotes around the name gone, a name that only repeats the address dropped. */
export function toPerson(name: string | null | undefined, address: string | null | undefined): Person {
  const cleanAddress = (address ?? '').trim().replace(/^<|>$/g, '').toLowerCase();
  let cleanName = (name ?? '').replace(/\s+/g, ' ').trim();
  // Outlook writes 'a@b.org' (single quotes) and Gmail "a@b.org" when there is no display name.
  if (/^(["']).*\1$/.test(cleanName)) cleanName = cleanName.slice(1, -1).trim();
  if (cleanName.toLowerCase() === cleanAddress) cleanName = '';
  return { name: cleanName, address: cleanAddress };
}

/** toPerson, or null when there is neither a name nor an address: nobody to show. */
export function someone(name: string | null | undefined, address: string | null | undefined): Person | null {
  const person = toPerson(name, address);
  return person.name === '' && person.address === '' ? null : person;
}

/** The people of a list, tidied, without the empty ones. */
export function peopleOf<T>(list: readonly T[] | null | undefined, nameAndAddress: (entry: T) => [string | null | undefined, string | null | undefined]): Person[] {
  return (list ?? []).map((entry) => someone(...nameAndAddress(entry))).filter((person): person is Person => person !== null);
}

/** Every mailbox in an address header ("To: a@b, Team: c@d, e@f;"), groups unwrapped, encoded words decoded. */
export function peopleIn(header: string | null | undefined): Person[] {
  if (!header) return [];
  return peopleOf(addressParser(header, { flatten: true }), (mailbox) => [mailbox.name, mailbox.address]);
}
