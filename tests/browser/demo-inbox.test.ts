// The demo inbox that `npm start` opens (demo/) must be saveable with one click: every email page
// is read by the generic webmail adapter with its sender, date, subject, new text, quoted history
// and signature kept apart. Served from a local server, as npm start does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from './harness';
import { ROOT } from './paths';

const DEMO = path.join(ROOT, 'demo');
let server: Server;
let base: string;
let h: Harness;

beforeAll(async () => {
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/$/, '/index.html');
    const file = path.join(DEMO, path.normalize(pathname));
    if (!file.startsWith(DEMO) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  h = await Harness.launch();
});

afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const emailPages = readdirSync(path.join(DEMO, 'email')).filter((f) => f.endsWith('.html')).sort();

describe('demo inbox', () => {
  it('lists every email and says it is a demo', async () => {
    const page = await h.context.newPage();
    await page.goto(base);
    expect(await page.locator('.demo-banner').textContent()).toContain('Demo inbox: sample emails for trying On Record');
    const links = await page.locator('.message-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links.sort()).toEqual(emailPages.map((f) => `email/${f}`));
    await page.close();
  });

  it.each(emailPages)('email/%s is saved whole, with its header fields', async (file) => {
    const page = await h.context.newPage();
    await page.goto(`${base}email/${file}`);
    const subject = (await page.locator('h1.message-subject').textContent())!.trim();
    const tabId = await h.tabIdOf(page);
    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true, duplicate: false });
    if (!answer.ok) return;
    expect(answer.recordIds).toHaveLength(1);
    const record = (await h.exportBackup()).records.find((r) => r.id === answer.recordIds[0])!;
    expect(record).toMatchObject({ kind: 'email', adapter: 'generic-webmail', subject, url: `${base}email/${file}` });
    expect(record.from?.address).toMatch(/@(hollybrook-primary\.example\.sch\.uk|northshire\.example\.gov\.uk)$/);
    expect(record.to).toEqual([{ name: 'Sarah Whitfield', address: 'sarah.whitfield@example-home.co.uk' }]);
    expect(record.sentAt).toMatch(/^2026-05-\d\dT\d\d:\d\d:00\+01:00$/);
    expect(record.text).toMatch(/^(Dear|Hi) /);
    expect(record.text).not.toMatch(/^--/m);
    expect(record.signature.length).toBeGreaterThan(0);
    expect(record.text).not.toContain(record.signature.split('\n').pop()!);
    await page.close();
  });

  it('keeps the quoted history of a reply apart from the new text', async () => {
    const records = (await h.exportBackup()).records;
    const reply = records.find((r) => r.subject.startsWith('Re: Occupational therapy'))!;
    expect(reply.text).toContain('we will look into it');
    expect(reply.text).not.toContain('Dear Mrs Shah');
    expect(reply.quotedText).toContain('Dear Mrs Shah');
    expect(reply.sentAt).toBe('2026-05-15T16:48:00+01:00');
    const first = records.find((r) => r.subject === 'Oliver – SEN Support plan and regular check-ins')!;
    expect(first.text).toContain("We'll keep an eye on it");
    expect(first.from).toEqual({ name: 'Mrs Priya Shah', address: 'p.shah@hollybrook-primary.example.sch.uk' });
    expect(first.cc).toEqual([{ name: 'Mr Tom Dawson', address: 't.dawson@hollybrook-primary.example.sch.uk' }]);
    expect(records.find((r) => r.subject.startsWith('EHC needs assessment'))!.attachments).toEqual([
      'Northshire EHC needs assessment – information for parents.pdf',
    ]);
    expect(h.extensionRequests()).toEqual([]);
  });
});
