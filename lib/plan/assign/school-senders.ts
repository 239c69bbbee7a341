// Whether an email address belongs to a school the parent listed: a whole address, or a domain
// and any of its subdomains ("stmarys.sch.uk" covers "office.stmarys.sch.uk").
import { PUBLIC_MAIL_DOMAINS } from '@/lib/plan/assign/public-mail-domains';

const PUBLIC = new Set(PUBLIC_MAIL_DOMAINS);

/** "Senco@StMarys.sch.uk " → "senco@stmarys.sch.uk"; "@stmarys.sch.uk" → "stmarys.sch.uk". */
function normalise(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^@/, '')
    .replace(/\.$/, '');
}

/** The listed entry the address falls under, as the parent wrote it (trimmed), or null. */
export function matchSchoolSender(address: string, entries: readonly string[]): string | null {
  const addr = normalise(address);
  const at = addr.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = addr.slice(at + 1);
  for (const entry of entries) {
    const e = normalise(entry);
    if (!e) continue;
    if (e.includes('@')) {
      if (e === addr) return entry.trim();
      continue;
    }
    if (PUBLIC.has(e)) continue;
    if (domain === e || domain.endsWith(`.${e}`)) return entry.trim();
  }
  return null;
}
