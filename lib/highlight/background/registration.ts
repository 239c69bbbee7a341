// The highlighter runs by itself only on the webmail sites the parent has switched on: one dynamic
// content script whose matches are exactly the granted webmail patterns, and none when none is.
import { browser, type Browser } from 'wxt/browser';
import { webmailPatternsIn } from '@/lib/highlight/background/match-pattern';
import { HIGHLIGHTER_SCRIPT } from '@/lib/highlight/background/script';
import { highlightingOff } from '@/lib/settings/highlighting-off';

export const HIGHLIGHTER_SCRIPT_ID = 'on-record-highlighter';

type Registered = Browser.scripting.RegisteredContentScript;

/** The registration the granted webmail patterns call for, or null when none is granted. */
export function registrationFor(granted: readonly string[]): Registered | null {
  if (granted.length === 0) return null;
  return {
    id: HIGHLIGHTER_SCRIPT_ID,
    js: [HIGHLIGHTER_SCRIPT],
    matches: [...granted],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

export type RegistrationStep =
  | { action: 'register'; script: Registered }
  | { action: 'update'; script: Registered }
  | { action: 'unregister' }
  | { action: 'none' };

function sameMatches(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = [...(a ?? [])].sort();
  const y = [...(b ?? [])].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** What to do to go from what is registered to what is wanted. */
export function registrationStep(current: Registered | null, wanted: Registered | null): RegistrationStep {
  if (!wanted) return current ? { action: 'unregister' } : { action: 'none' };
  if (!current) return { action: 'register', script: wanted };
  const same =
    sameMatches(current.matches, wanted.matches) &&
    sameMatches(current.js, wanted.js) &&
    (current.runAt ?? 'document_idle') === wanted.runAt &&
    (current.allFrames ?? false) === wanted.allFrames &&
    (current.persistAcrossSessions ?? true) === wanted.persistAcrossSessions;
  return same ? { action: 'none' } : { action: 'update', script: wanted };
}

/** The webmail patterns the parent has granted and not switched off, as things are now. */
export async function grantedWebmailPatterns(): Promise<string[]> {
  const [all, off] = await Promise.all([browser.permissions.getAll(), highlightingOff()]);
  return webmailPatternsIn(all.origins).filter((p) => !off.includes(p));
}

/** Brings the registration in line with the granted webmail patterns; returns those patterns. */
export async function syncRegistration(): Promise<string[]> {
  const granted = await grantedWebmailPatterns();
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [HIGHLIGHTER_SCRIPT_ID] });
  const step = registrationStep(current ?? null, registrationFor(granted));
  switch (step.action) {
    case 'register':
      await browser.scripting.registerContentScripts([step.script]);
      break;
    case 'update':
      await browser.scripting.updateContentScripts([step.script]);
      break;
    case 'unregister':
      await browser.scripting.unregisterContentScripts({ ids: [HIGHLIGHTER_SCRIPT_ID] });
      break;
    case 'none':
      break;
  }
  return granted;
}
