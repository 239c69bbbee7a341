// The webmail sites a parent can let On Record read without a click (for highlighting later),
// grouped as the parent knows them. Derived from the manifest's optional host permissions.
import { WEBMAIL_HOST_PATTERNS } from '../capture/webmail-hosts';

export interface WebmailGroup {
  id: 'gmail' | 'outlook' | 'yahoo';
  label: string;
  origins: string[];
}

const GROUPS: { id: WebmailGroup['id']; label: string; test: RegExp }[] = [
  { id: 'gmail', label: 'Gmail', test: /^https:\/\/mail\.google\.com\// },
  { id: 'outlook', label: 'Outlook', test: /^https:\/\/outlook\.(live|office|office365)\.com\// },
  { id: 'yahoo', label: 'Yahoo Mail', test: /^https:\/\/mail\.yahoo\.com\// },
];

export function webmailGroups(patterns: readonly string[] = WEBMAIL_HOST_PATTERNS): WebmailGroup[] {
  return GROUPS.map(({ id, label, test }) => ({ id, label, origins: patterns.filter((p) => test.test(p)) })).filter(
    (g) => g.origins.length > 0,
  );
}
