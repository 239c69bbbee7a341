// The newcomer's way to add a webmail, proven with a made-up one: "Example Mail" is one folder
// (tests/fixtures/sites/example-mail: capture.ts, highlight.ts, selectors.ts), one line in the sites
// table (EXAMPLE_MAIL below, where lib/sites/index.ts would have it) and one fixture (its
// message.html). Its folder is gathered by the same import.meta.glob the real registry uses, and
// the tables are built by the same functions, so this fails if that mechanism breaks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SITES, hostPatterns, type SiteDefinition } from '@/lib/sites';
import { bySiteFolder } from '@/lib/sites/by-site';
import { CAPTURE_MODULES, captureTable, pickAdapter } from '@/lib/capture/registry';
import { CAPTURE_ERRORS, captureDocument } from '@/lib/capture/capture-document';
import { HIGHLIGHT_MODULES, siteFinder, siteFor, type Site } from '@/lib/sites/highlight-sites';
import { groupsOf } from '@/lib/sites/webmail-access';
import type { SiteAdapter } from '@/lib/model/captured-item';

/** The one line a newcomer adds, before the sites that read any webmail or any page. */
const EXAMPLE_MAIL: SiteDefinition = { id: 'example-mail', label: 'Example Mail', hosts: ['mail.example.com'] };
const SITES_WITH_EXAMPLE: readonly SiteDefinition[] = ([...SITES] as SiteDefinition[]).toSpliced(
  SITES.findIndex((s) => s.id === 'generic-webmail'),
  0,
  EXAMPLE_MAIL,
);

// The fake folder, found the way lib/capture/registry.ts and lib/sites/highlight-sites.ts find the real ones.
const CAPTURE = { ...CAPTURE_MODULES, ...bySiteFolder(import.meta.glob<SiteAdapter>('../../fixtures/sites/*/capture.ts', { eager: true, import: 'default' })) };
const HIGHLIGHT = { ...HIGHLIGHT_MODULES, ...bySiteFolder(import.meta.glob<Site>('../../fixtures/sites/*/highlight.ts', { eager: true, import: 'default' })) };

const FIXTURE = readFileSync(join(process.cwd(), 'tests/fixtures/sites/example-mail/message.html'), 'utf8');
const URL_OF_FIXTURE = (JSON.parse(/^<!--(.*?)-->/.exec(FIXTURE)![1]!) as { url: string }).url;

function load(html = FIXTURE, url = URL_OF_FIXTURE): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('adding a webmail: Example Mail', () => {
  const table = captureTable(SITES_WITH_EXAMPLE, CAPTURE);

  it('capture picks it and reads the open message', () => {
    const doc = load();
    expect(pickAdapter(URL_OF_FIXTURE, doc, table).id).toBe('example-mail');
    const result = captureDocument(doc, URL_OF_FIXTURE, {}, table);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      kind: 'email',
      adapter: 'example-mail',
      url: URL_OF_FIXTURE,
      subject: 'Speech and language referral',
      from: { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.example.sch.uk' },
      sentAt: '2026-05-13T23:02:00+01:00',
      sentAtText: '13 May 2026, 23:02',
      messageId: 'em-4471',
    });
    expect(result.items[0]!.text).toContain('We will look into a referral to speech and language therapy when appropriate.');
  });

  it('is not read as Example Mail without its line, even with its folder present', () => {
    const doc = load();
    for (const without of [captureTable(SITES, CAPTURE), undefined]) {
      const result = captureDocument(doc, URL_OF_FIXTURE, {}, without);
      expect(result.ok && result.items.some((i) => (i.adapter as string) === 'example-mail')).toBe(false);
    }
  });

  it('is kept to its own hosts by the table', () => {
    const elsewhere = 'https://portal.example.org/inbox/message/em-4471';
    expect(pickAdapter(elsewhere, load(FIXTURE, elsewhere), table).id).not.toBe('example-mail');
  });

  it('its inbox asks for an email to be opened, as any known webmail does', () => {
    const inbox = 'https://mail.example.com/inbox';
    const doc = load('<html><body><div role="main"><table><tr><td>Inbox</td><td>School trip</td></tr></table></div></body></html>', inbox);
    expect(captureDocument(doc, inbox, {}, table)).toEqual({ ok: false, error: CAPTURE_ERRORS.nothingFound });
  });

  it('the highlighter reads it with its highlight.ts, as capture did', () => {
    const doc = load();
    const url = new URL(URL_OF_FIXTURE);
    expect(siteFor(url).id).toBe('page');
    const site = siteFinder(SITES_WITH_EXAMPLE, HIGHLIGHT)(url);
    expect(site.id).toBe('example-mail');
    const bodies = site.bodies(doc);
    expect(bodies).toHaveLength(1);
    expect(site.info(bodies[0]!, doc, url)).toEqual({
      subject: 'Speech and language referral',
      from: 'Mrs Anita Patel <a.patel@oakfield.example.sch.uk>',
      sentAt: '2026-05-13T23:02:00+01:00',
      messageId: 'em-4471',
    });
  });

  it('gets its own host permission and options switch', () => {
    const patterns = SITES_WITH_EXAMPLE.flatMap(hostPatterns);
    expect(patterns).toContain('https://mail.example.com/*');
    expect(groupsOf(SITES_WITH_EXAMPLE, patterns).find((g) => g.id === 'example-mail')).toEqual({
      id: 'example-mail',
      label: 'Example Mail',
      origins: ['https://mail.example.com/*'],
    });
  });

  it('a line without its folder fails loudly, not quietly', () => {
    const orphan: SiteDefinition = { id: 'nowhere-mail', label: 'Nowhere Mail', hosts: ['mail.nowhere.example'] };
    const sites = SITES_WITH_EXAMPLE.toSpliced(0, 0, orphan);
    expect(() => captureTable(sites, CAPTURE)).toThrow('lib/sites/nowhere-mail/capture.ts is missing');
    expect(() => siteFinder(sites, HIGHLIGHT)).toThrow('lib/sites/nowhere-mail/highlight.ts is missing');
  });
});
