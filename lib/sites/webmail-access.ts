// The webmail sites a parent can switch highlighting on for: On Record then reads school emails as
// they are opened there and marks vague wording, promises, dates and things to watch in place.
// One group (and one switch) per webmail in the SITES table that has hosts.
import { SITES, hostPatterns, type SiteDefinition, type SiteId } from '@/lib/sites';
import { WEBMAIL_HOST_PATTERNS } from '@/lib/sites/webmail-hosts';

export interface WebmailGroup<Id extends string = SiteId> {
  id: Id;
  label: string;
  origins: string[];
}

/** The webmail groups the given host patterns cover, in SITES order; a webmail with none is left out. */
export function webmailGroups(patterns: readonly string[] = WEBMAIL_HOST_PATTERNS): WebmailGroup[] {
  return groupsOf(SITES, patterns);
}

/** One group per site with hosts among the patterns: its label, and its patterns in the given order. */
export function groupsOf<Id extends string>(sites: readonly (SiteDefinition & { id: Id })[], patterns: readonly string[]): WebmailGroup<Id>[] {
  return sites
    .map((site) => {
      const own = hostPatterns(site);
      return { id: site.id, label: site.label, origins: patterns.filter((p) => own.includes(p)) };
    })
    .filter((g) => g.origins.length > 0);
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
