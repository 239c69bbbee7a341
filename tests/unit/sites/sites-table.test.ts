// The SITES table is the one list of sites (lib/sites/index.ts); everything else is derived from
// it or checked against it here, refined-github style, so the lists cannot drift apart silently:
// every site has its folder and modules, capture fixtures that it reads, and (for a webmail known
// by address) a highlighter reader that reads those fixtures too.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SITES, SITE_IDS, hostPatterns, type SiteDefinition } from '@/lib/sites';
import { ADAPTERS, CAPTURE_MODULES } from '@/lib/capture/registry';
import { HIGHLIGHT_MODULES, siteFor } from '@/lib/sites/highlight-sites';
import { WEBMAIL_HOST_PATTERNS } from '@/lib/sites/webmail-hosts';
import { webmailGroups } from '@/lib/sites/webmail-access';
import { ADAPTER_IDS } from '@/lib/model/captured-item';
import { savedRecordSchema } from '@/lib/backup/schema';

const ROOT = process.cwd();
const SITES_DIR = join(ROOT, 'lib/sites');
const FIXTURES = join(ROOT, 'tests/fixtures/capture');
/** Shared code in lib/sites that is not a site. */
const SHARED_FOLDERS = ['dom'];

const webmails: readonly SiteDefinition[] = SITES.filter((s) => s.hosts.length > 0);
const anyPage = SITES[SITES.length - 1]!;

interface Fixture {
  name: string;
  url: string;
  adapters: string[];
  items: number;
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.frame.html'))
  .map((file) => {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const url = (JSON.parse(/^\s*<!--(\{.*?\})-->/.exec(html)![1]!) as { url: string }).url;
    const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.html$/, '.expected.json')), 'utf8')) as unknown;
    const items = Array.isArray(expected) ? (expected as { adapter: string }[]) : [];
    return { name: file.replace(/\.html$/, ''), url, adapters: [...new Set(items.map((i) => i.adapter))], items: items.length };
  });

/** Fixtures named after the site: "<id>.html" or "<id>-….html". */
function namedFor(id: string): Fixture[] {
  return fixtures.filter((f) => f.name === id || f.name.startsWith(`${id}-`));
}

describe('the SITES table', () => {
  it('has one folder per site under lib/sites, and no folder that is not a site', () => {
    const folders = readdirSync(SITES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !SHARED_FOLDERS.includes(d.name))
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...SITE_IDS].sort());
  });

  it('ends with the site that reads any page, whose adapter matches everything', () => {
    expect(anyPage.id).toBe('article');
    expect(anyPage.hosts).toEqual([]);
    expect(ADAPTERS[ADAPTERS.length - 1]!.matches(new URL('https://example.org/'), new JSDOM('').window.document)).toBe(true);
  });

  it('names no host twice', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  for (const site of SITES) {
    describe(site.id, () => {
      it('has a capture.ts whose default export is its adapter, in table order', () => {
        expect(existsSync(join(SITES_DIR, site.id, 'capture.ts'))).toBe(true);
        expect(CAPTURE_MODULES[site.id]?.id).toBe(site.id);
        expect(ADAPTERS[SITE_IDS.indexOf(site.id)]).toBe(CAPTURE_MODULES[site.id]);
      });

      it('has a capture fixture that it reads', () => {
        expect(fixtures.filter((f) => f.adapters.includes(site.id)).map((f) => f.name)).not.toEqual([]);
      });

      it('reads every fixture named after it', () => {
        for (const f of namedFor(site.id)) expect(f.adapters, f.name).toEqual([site.id]);
      });

      if (site.hosts.length > 0) {
        it('is a webmail with fixtures named after it, served at its hosts', () => {
          const named = namedFor(site.id);
          expect(named).not.toEqual([]);
          for (const f of named) expect(site.hosts, f.name).toContain(new URL(f.url).hostname);
        });

        it('has a highlight.ts that the highlighter uses on each of its hosts', () => {
          expect(HIGHLIGHT_MODULES[site.id]?.id).toBe(site.id);
          for (const host of site.hosts) expect(siteFor(new URL(`https://${host}/`)), host).toBe(HIGHLIGHT_MODULES[site.id]);
        });

        it('has highlighter coverage: its reader finds every message capture saved from its fixtures', () => {
          for (const f of namedFor(site.id)) {
            const doc = new JSDOM(readFileSync(join(FIXTURES, `${f.name}.html`), 'utf8'), { url: f.url }).window.document;
            expect(siteFor(new URL(f.url)).bodies(doc), f.name).toHaveLength(f.items);
          }
        });
      } else if (site !== anyPage) {
        it('has no highlight.ts: a site known only by its page shape is highlighted as any page', () => {
          expect(HIGHLIGHT_MODULES[site.id]).toBeUndefined();
        });
      }
    });
  }

  it('the last site reads any other page for the highlighter', () => {
    expect(HIGHLIGHT_MODULES[anyPage.id]?.id).toBe('page');
    expect(siteFor(new URL('https://school.example/news'))).toBe(HIGHLIGHT_MODULES[anyPage.id]);
  });

  it('every saved adapter in the fixtures is a site (or a selection)', () => {
    for (const f of fixtures) for (const a of f.adapters) expect(ADAPTER_IDS, f.name).toContain(a);
  });
});

describe('what is derived from the SITES table', () => {
  it('the optional host permissions (wxt.config.ts) are the webmails’ hosts', () => {
    expect([...WEBMAIL_HOST_PATTERNS]).toEqual(webmails.flatMap(hostPatterns));
  });

  it('the options page has one switch per webmail, with its label', () => {
    expect(webmailGroups().map((g) => [g.id, g.label])).toEqual(webmails.map((s) => [s.id, s.label]));
  });

  it('the saved record adapter ids and the backup schema’s enum are the sites, then selection and import', () => {
    expect(ADAPTER_IDS).toEqual([...SITE_IDS, 'selection', 'import']);
    expect(savedRecordSchema.shape.adapter.options).toEqual([...ADAPTER_IDS]);
  });

  it('the table and the host patterns load outside the bundler (wxt.config.ts reads them in Node)', () => {
    // No imports in the table; the host patterns import it relatively (the @/ alias is a bundler's).
    expect(readFileSync(join(SITES_DIR, 'index.ts'), 'utf8')).not.toMatch(/^\s*import\s/m);
    const hosts = readFileSync(join(SITES_DIR, 'webmail-hosts.ts'), 'utf8');
    expect(hosts.match(/from '[^']+'/g)).toEqual(["from './index'"]);
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toContain("from './lib/sites/webmail-hosts'");
  });
});
