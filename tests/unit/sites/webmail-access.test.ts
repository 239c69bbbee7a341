import { describe, expect, it } from 'vitest';
import { WEBMAIL_HOST_PATTERNS } from '@/lib/sites/webmail-hosts';
import { webmailGroups } from '@/lib/sites/webmail-access';

describe('webmailGroups', () => {
  it('groups every optional webmail host under a name parents know', () => {
    const groups = webmailGroups();
    expect(groups.map((g) => g.label)).toEqual(['Gmail', 'Outlook', 'Yahoo Mail']);
    expect(groups.flatMap((g) => g.origins).sort()).toEqual([...WEBMAIL_HOST_PATTERNS].sort());
    expect(groups.find((g) => g.id === 'outlook')!.origins).toHaveLength(3);
  });

  it('leaves out a webmail with no hosts', () => {
    expect(webmailGroups(['https://mail.google.com/*']).map((g) => g.id)).toEqual(['gmail']);
  });
});
