// Match patterns ("https://mail.google.com/*") as the browser reads them, for the few questions the
// highlighter asks: is this tab's address one of these webmails, and which webmails do the granted
// origins cover. Pure: no extension API.
import { WEBMAIL_HOST_PATTERNS } from '@/lib/sites/webmail-hosts';

interface Pattern {
  scheme: string;
  host: string;
  path: string;
}

function parse(pattern: string): Pattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: '/*' };
  const m = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]!.toLowerCase(), path: m[3]! } : null;
}

function hostMatches(patternHost: string, host: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return patternHost === host;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** Whether `url` is matched by the match pattern `pattern`. */
export function matchesPattern(url: string, pattern: string): boolean {
  const p = parse(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.replace(/:$/, '');
  if (p.scheme === '*' ? !['http', 'https', 'ws', 'wss'].includes(scheme) : p.scheme !== scheme) return false;
  return hostMatches(p.host, u.hostname.toLowerCase()) && globToRegExp(p.path).test(`${u.pathname}${u.search}`);
}

export function matchesAny(url: string | undefined, patterns: readonly string[]): boolean {
  return typeof url === 'string' && patterns.some((p) => matchesPattern(url, p));
}

/** Whether granting `origin` gives access to everything `pattern` names. */
function covers(origin: string, pattern: string): boolean {
  if (origin === pattern) return true;
  const o = parse(origin);
  const p = parse(pattern);
  if (!o || !p || o.path !== '/*') return false;
  const schemeOk = o.scheme === p.scheme || (o.scheme === '*' && (p.scheme === 'http' || p.scheme === 'https'));
  return schemeOk && !p.host.includes('*') && hostMatches(o.host, p.host);
}

/**
 * The webmail patterns the granted origins cover, in WEBMAIL_HOST_PATTERNS order. A broader grant
 * ("https://*\/*" in the test build) covers them all.
 */
export function webmailPatternsIn(origins: readonly string[] | undefined): string[] {
  const granted = origins ?? [];
  return WEBMAIL_HOST_PATTERNS.filter((pattern) => granted.some((origin) => covers(origin, pattern)));
}
