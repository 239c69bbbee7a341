// Which child an imported email or letter is about. The same guess as a clipped email first
// (guess-child.ts). With one child, the parent chose these senders for that child, so the rest go
// under them too, except an email from another school than the ones the parent listed for the
// child (a brother's or sister's school): that one waits for the parent to say whose it is.
import type { Child } from '@/lib/model/plan';
import { guessChild, type RecordForGuess } from '@/lib/plan/assign/guess-child';
import { matchSchoolSender } from '@/lib/plan/assign/school-senders';

export function childForImport(record: RecordForGuess, children: Child[]): string | null {
  const guess = guessChild(record, children)?.childId ?? null;
  if (guess || children.length !== 1) return guess;
  const child = children[0]!;
  const address = record.from?.address ?? '';
  const anotherSchool = child.schoolSenders.length > 0 && /\.sch\.uk$/i.test(address) && !matchSchoolSender(address, child.schoolSenders);
  return anotherSchool ? null : child.id;
}
