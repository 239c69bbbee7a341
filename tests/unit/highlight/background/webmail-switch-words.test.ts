import { describe, expect, it } from 'vitest';
import { switchLabel, switchNote, webmailGroups } from '@/lib/sites/webmail-access';

describe('the settings page’s highlighting switches', () => {
  it('say what they do', () => {
    expect(webmailGroups().map(switchLabel)).toEqual([
      'Highlight vague promises in Gmail',
      'Highlight vague promises in Outlook',
      'Highlight vague promises in Yahoo Mail',
    ]);
    const gmail = { label: 'Gmail' };
    expect(switchNote(gmail, false, true)).toBe('Highlighting in Gmail is now on. Open a school email there to see it.');
    expect(switchNote(gmail, true, true)).toBe('Highlighting in Gmail is now off, and its highlights have been removed.');
    expect(switchNote(gmail, false, false)).toBe('Highlighting in Gmail was not turned on.');
  });
});
