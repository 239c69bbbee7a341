// Why an address is ticked before the parent looks, or null when it is not. The child's own school
// addresses come first (the parent typed them), then schools, councils and the NHS by their
// public-sector endings, then the school messaging services.
import { matchSchoolSender } from '@/lib/plan/assign/school-senders';
import { PUBLIC_SECTOR_SENDERS, SCHOOL_SERVICES, type KnownSender } from '@/lib/import/senders/school-services';

/** A child's name and the school addresses the parent gave for them. */
export interface ChildSenders {
  name: string;
  schoolSenders: readonly string[];
}

function under(domain: string, known: readonly KnownSender[]): KnownSender | undefined {
  return known.find((k) => domain === k.domain || domain.endsWith(`.${k.domain}`));
}

export function whyTicked(address: string, children: readonly ChildSenders[]): string | null {
  for (const child of children) {
    if (matchSchoolSender(address, child.schoolSenders)) return `${possessive(child.name || 'your child')} school`;
  }
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (!address.includes('@') || !domain) return null;
  return (under(domain, PUBLIC_SECTOR_SENDERS) ?? under(domain, SCHOOL_SERVICES))?.reason ?? null;
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}
