import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTab, knownTabs } from '@/lib/highlight/background/known-tabs';
import { matchesPattern, webmailPatternsIn } from '@/lib/highlight/background/match-pattern';
import {
  onBrowserStartup,
  onExtensionInstalled,
  onSwitchesChanged,
  onWebmailAdded,
  onWebmailRemoved,
} from '@/lib/highlight/background/permission-changes';
import { HIGHLIGHTER_SCRIPT_ID, registrationFor, registrationStep, syncRegistration } from '@/lib/highlight/background/registration';
import { WEBMAIL_HOST_PATTERNS } from '@/lib/sites/webmail-hosts';
import { setHighlightingOff } from '@/lib/settings/highlighting-off';
import { stubBrowser, type Stubs } from './stub-browser';

const GMAIL = 'https://mail.google.com/*';
const OUTLOOK = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

let stubs: Stubs;
beforeEach(() => {
  fakeBrowser.reset();
  stubs = stubBrowser();
});
afterEach(() => vi.restoreAllMocks());

describe('which webmails are switched on', () => {
  it('reads the granted webmail patterns, in a fixed order, and nothing else', () => {
    expect(webmailPatternsIn([])).toEqual([]);
    expect(webmailPatternsIn(undefined)).toEqual([]);
    expect(webmailPatternsIn(['https://example.org/*', ...OUTLOOK, GMAIL])).toEqual([GMAIL, ...OUTLOOK]);
    expect(webmailPatternsIn(['https://mail.google.com/mail/*'])).toEqual([]);
  });
  it('counts a broader grant (the test build’s https://*/*) as every webmail', () => {
    expect(webmailPatternsIn(['https://*/*'])).toEqual([...WEBMAIL_HOST_PATTERNS]);
    expect(webmailPatternsIn(['<all_urls>'])).toEqual([...WEBMAIL_HOST_PATTERNS]);
    expect(webmailPatternsIn(['*://*.google.com/*'])).toEqual([GMAIL]);
    expect(webmailPatternsIn(['http://*/*'])).toEqual([]);
  });
  it('matches tab addresses against patterns as the browser does', () => {
    expect(matchesPattern('https://mail.google.com/mail/u/0/#inbox/FMfcg', GMAIL)).toBe(true);
    expect(matchesPattern('https://mail.google.com.evil.example/', GMAIL)).toBe(false);
    expect(matchesPattern('http://mail.google.com/', GMAIL)).toBe(false);
    expect(matchesPattern('https://outlook.office.com/mail/inbox/id/AAQ', OUTLOOK[1]!)).toBe(true);
    expect(matchesPattern('not a url', GMAIL)).toBe(false);
  });
});

describe('the registration', () => {
  it('is one script on exactly the granted patterns, or none', () => {
    expect(registrationFor([])).toBeNull();
    expect(registrationFor([GMAIL, ...OUTLOOK])).toEqual({
      id: 'on-record-highlighter',
      js: ['/content-scripts/highlighter.js'],
      matches: [GMAIL, ...OUTLOOK],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });
  it('registers, updates, unregisters or leaves alone', () => {
    const gmail = registrationFor([GMAIL])!;
    const both = registrationFor([GMAIL, ...OUTLOOK])!;
    expect(registrationStep(null, null)).toEqual({ action: 'none' });
    expect(registrationStep(null, gmail)).toEqual({ action: 'register', script: gmail });
    expect(registrationStep(gmail, both)).toEqual({ action: 'update', script: both });
    expect(registrationStep(both, { ...both, matches: [...OUTLOOK, GMAIL] })).toEqual({ action: 'none' });
    expect(registrationStep(gmail, null)).toEqual({ action: 'unregister' });
  });
  it('follows the permissions', async () => {
    stubs.granted = [GMAIL, 'https://example.org/*'];
    expect(await syncRegistration()).toEqual([GMAIL]);
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual([GMAIL]);
    stubs.granted = [GMAIL, ...OUTLOOK];
    await syncRegistration();
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual([GMAIL, ...OUTLOOK]);
    await syncRegistration(); // nothing to change: no second registration
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    stubs.granted = [];
    await syncRegistration();
    expect(stubs.registered.size).toBe(0);
  });
  it('is checked at install and at browser start', async () => {
    stubs.granted = [GMAIL];
    stubs.openTabs = [
      { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox' },
      { id: 8, url: 'https://example.org/' },
    ];
    await onExtensionInstalled();
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual([GMAIL]);
    expect(stubs.injected).toEqual([7]); // the tab left open gets the new script
    stubs.granted = [];
    await onBrowserStartup();
    expect(stubs.registered.size).toBe(0);
  });
});

describe('switching a webmail on', () => {
  it('registers it and starts the highlighter in its open tabs without a reload', async () => {
    stubs.granted = [GMAIL];
    stubs.openTabs = [
      { id: 3, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' },
      { id: 4, url: 'https://mail.google.com/mail/u/1/' },
      { id: 5, url: 'https://outlook.live.com/mail/0/' },
    ];
    await onWebmailAdded({ origins: [GMAIL] });
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual([GMAIL]);
    expect(stubs.injected).toEqual([3, 4]);
  });

  it('starts it again in tabs it ran in before it was switched off', async () => {
    stubs.granted = [GMAIL];
    stubs.openTabs = [{ id: 3, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' }];
    // Reported from before the switch went off; the switch-off told it to stop.
    await rememberTab(3, { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', vague: 2 });
    await onSwitchesChanged([GMAIL], []);
    expect(stubs.injected).toEqual([3]);
  });
});

describe('switching a webmail off', () => {
  it('unregisters it, tells its tabs to remove every mark and clears their badges', async () => {
    stubs.granted = [GMAIL, ...OUTLOOK];
    await syncRegistration();
    await rememberTab(3, { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', vague: 2 });
    await rememberTab(5, { url: 'https://outlook.live.com/mail/0/', vague: 1 });
    await rememberTab(9, { url: 'https://example.org/letter', vague: 4 }); // highlighted from the menu
    for (const id of [3, 5, 9]) await fakeBrowser.action.setBadgeText({ tabId: id, text: 'n' });

    stubs.granted = [...OUTLOOK];
    await onWebmailRemoved({ origins: [GMAIL] });
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual(OUTLOOK);
    expect(stubs.sent).toEqual([{ tabId: 3, message: { type: 'highlighter-off' } }]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('n');
    expect(Object.keys(await knownTabs()).sort()).toEqual(['5', '9']);

    stubs.granted = [];
    await onWebmailRemoved({ origins: OUTLOOK });
    expect(stubs.registered.size).toBe(0);
    expect(stubs.sent.map((s) => s.tabId)).toEqual([3, 5]);
    expect(Object.keys(await knownTabs())).toEqual(['9']);
  });
  it('reaches every open tab of the webmail, also those whose highlighter has said nothing yet', async () => {
    stubs.granted = [GMAIL, ...OUTLOOK];
    await syncRegistration();
    stubs.openTabs = [
      { id: 3, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' },
      { id: 4, url: 'https://mail.google.com/mail/u/1/' },
      { id: 5, url: 'https://outlook.live.com/mail/0/' },
    ];
    await rememberTab(3, { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', vague: 2 });
    // The switch list is written while the permission stays, so the query still sees the tabs.
    await setHighlightingOff([GMAIL], true);
    await onSwitchesChanged([], [GMAIL]);
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual(OUTLOOK);
    expect(stubs.sent.map((s) => [s.tabId, s.message]).sort()).toEqual([
      [3, { type: 'highlighter-off' }],
      [4, { type: 'highlighter-off' }],
    ]);
    expect(await knownTabs()).toEqual({});
  });
  it('still reaches the known tabs when the tabs cannot be listed', async () => {
    stubs.granted = [GMAIL];
    await rememberTab(3, { url: 'https://mail.google.com/mail/u/0/', vague: 2 });
    vi.mocked(fakeBrowser.tabs.query).mockRejectedValue(new Error('no access'));
    await onSwitchesChanged([], [GMAIL]);
    expect(stubs.sent).toEqual([{ tabId: 3, message: { type: 'highlighter-off' } }]);
  });
  it('leaves tabs alone while a broader grant still covers the webmail', async () => {
    stubs.granted = ['https://*/*'];
    await rememberTab(3, { url: 'https://mail.google.com/mail/u/0/', vague: 2 });
    await onWebmailRemoved({ origins: [GMAIL] });
    expect(stubs.sent).toEqual([]);
    expect(stubs.registered.get(HIGHLIGHTER_SCRIPT_ID)?.matches).toEqual([...WEBMAIL_HOST_PATTERNS]);
  });
});
