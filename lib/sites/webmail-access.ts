// The webmail sites a parent can switch highlighting on for: On Record then reads school emails as
// they are opened there and marks vague wording, promises, dates and things to watch in place.
// Grouped as the parent knows them; derived from the manifest's optional host permissions.
import { WEBMAIL_HOST_PATTERNS } from '@/lib/sites/webmail-hosts';

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

/** The switch's label: "Highlight vague promises in Gmail". */
export function switchLabel(group: Pick<WebmailGroup, 'label'>): string {
  return `Highlight vague promises in ${group.label}`;
}

/** What the parent is told after pressing a switch. */
export function switchNote(group: Pick<WebmailGroup, 'label'>, wasOn: boolean, done: boolean): string {
  if (wasOn) {
    return done
      ? `Highlighting in ${group.label} is now off, and its highlights have been removed.`
      : `Highlighting in ${group.label} could not be turned off.`;
  }
  return done
    ? `Highlighting in ${group.label} is now on. Open a school email there to see it.`
    : `Highlighting in ${group.label} was not turned on.`;
}
