// The import section in a DOM (jsdom), each step driven through a stand-in for useImport (the real
// hook starts a Web Worker): the names automation relies on, the ticks, the count on the Import
// button, paging of a long sender list, and where focus goes. The browser test drives the real
// page in Chromium.
import { JSDOM } from 'jsdom';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UseImport, ImportState } from '@/components/hooks/use-import';
import type { ScanReport, SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { url: 'https://on-record.test/', pretendToBeVisual: true });
const g = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'HTMLInputElement', 'HTMLButtonElement', 'Element', 'Node', 'Event', 'MouseEvent', 'KeyboardEvent', 'FocusEvent', 'InputEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
  if (key in dom.window) Object.defineProperty(g, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
}
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// What the stand-in hook returns: each test sets the state and reads the calls.
const hook = vi.hoisted(() => ({ current: null as unknown as UseImport }));
vi.mock('@/components/hooks/use-import', () => ({ useImport: () => hook.current }));

let act: typeof import('react').act;
let createRoot: typeof import('react-dom/client').createRoot;
let ImportSection: typeof import('@/components/options/import/ImportSection').ImportSection;
let countChosen: typeof import('@/lib/ui/import/choice').countChosen;
let initialSenders: typeof import('@/lib/ui/import/choice').initialSenders;

beforeAll(async () => {
  ({ act } = await import('react'));
  ({ createRoot } = await import('react-dom/client'));
  ({ ImportSection } = await import('@/components/options/import/ImportSection'));
  ({ countChosen, initialSenders } = await import('@/lib/ui/import/choice'));
});

let root: Root;
let host: HTMLElement;

function setHookState(state: ImportState) {
  hook.current = { state, chooseFiles: vi.fn(), start: vi.fn(), cancel: vi.fn(), reset: vi.fn() };
}

function render(state: ImportState) {
  setHookState(state);
  act(() => root.render(<ImportSection />));
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** The accessible name of a form control as a browser computes it for these simple cases: its label's text. */
function nameOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const label = (el.id && host.querySelector(`label[for="${CSS.escape(el.id)}"]`)) || el.closest('label');
  return (label ?? el).textContent!.replace(/\s+/g, ' ').trim();
}

const CSS = { escape: (s: string) => s.replace(/([:"\\])/g, '\\$1') };

function byRole(role: string): HTMLElement[] {
  const implicit: Record<string, string> = { checkbox: 'input[type="checkbox"]', button: 'button', alert: '[role="alert"]', status: '[role="status"]', progressbar: '[role="progressbar"]' };
  return [...host.querySelectorAll<HTMLElement>(implicit[role] ?? `[role="${role}"]`)];
}

function named(role: string, name: string | RegExp): HTMLElement {
  const found = byRole(role).filter((el) => (typeof name === 'string' ? nameOf(el) === name : name.test(nameOf(el))));
  expect(found, `${role} named ${String(name)}`).toHaveLength(1);
  return found[0]!;
}

async function click(el: Element) {
  await act(async () => (el as HTMLElement).click());
}

async function type(el: Element, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function sender(address: string, count: number, first: string | null, last: string | null, ticked: string | null = null, name = ''): SenderSummary {
  return { address, name, count, first, last, ticked };
}

function group(domain: string, addresses: SenderSummary[]): SenderGroup {
  return { domain, addresses, count: addresses.reduce((n, a) => n + a.count, 0), first: addresses[0]!.first, last: addresses[0]!.last, ticked: addresses.find((a) => a.ticked)?.ticked ?? null };
}

const SCHOOL = 'a school address (.sch.uk)';

/** A mailbox like a real one: a school, a council, a school's gmail address, and thousands of others. */
function sampleReport(others = 1500): ScanReport {
  const senders: SenderGroup[] = [
    group('stmarys.sch.uk', [
      sender('senco@stmarys.sch.uk', 120, '2023-09-04T08:00:00+01:00', '2026-11-20T16:00:00Z', SCHOOL, 'Mrs Patel'),
      sender('office@stmarys.sch.uk', 80, '2025-01-10T09:00:00Z', '2025-06-01T09:00:00+01:00', SCHOOL),
      sender('head@stmarys.sch.uk', 14, '2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z', SCHOOL),
    ]),
    group('gmail.com', [sender('grandma@gmail.com', 500, '2020-01-01T10:00:00Z', '2026-01-01T10:00:00Z', null, 'Grandma'), sender('oakfield.school@gmail.com', 30, '2024-02-02T10:00:00Z', '2024-03-03T10:00:00Z', 'Amelia’s school')]),
  ];
  for (let i = 0; i < others; i++) senders.push(group(`shop${i}.example`, [sender(`news@shop${i}.example`, 1 + (i % 7), '2022-01-01T10:00:00Z', '2026-01-01T10:00:00Z')]));
  const emails = senders.reduce((n, s) => n + s.count, 0);
  return {
    files: 2,
    emails,
    senders,
    letters: [{ key: 'f1', file: 'Decision letter.pdf', title: 'Decision on EHC needs assessment', sentAt: '2026-03-12T00:00:00+00:00', from: 'Kent County Council', ticked: true }],
    unreadable: [{ file: 'scan.pdf', reason: 'This looks like a scan; On Record cannot read scans yet.' }],
    earliest: '2020-01-01T10:00:00Z',
    latest: '2026-11-20T16:00:00Z',
  };
}

describe('choosing files', () => {
  it('has a file input named exactly "Choose files to import" that takes several files', async () => {
    render({ phase: 'idle' });
    expect(host.querySelector('h2')!.textContent).toBe('Import emails, letters or plans');
    const input = host.querySelectorAll('input[type="file"]');
    const files = [...input].find((el) => nameOf(el) === 'Choose files to import') as HTMLInputElement;
    expect(files.multiple).toBe(true);
    for (const ending of ['.mbox', '.zip', '.eml', '.msg', '.pdf', '.docx', '.txt', '.html', '.htm', '.mbx']) expect(files.accept.split(',')).toContain(ending);
    // No other control's name contains the one automation looks for.
    expect([...host.querySelectorAll('input, button')].filter((el) => nameOf(el).includes('Choose files to import'))).toHaveLength(1);

    const chosen = [new dom.window.File(['From a@b.c'], 'inbox.mbox')];
    Object.defineProperty(files, 'files', { value: chosen, configurable: true });
    await act(async () => files.dispatchEvent(new Event('change', { bubbles: true })));
    expect(hook.current.chooseFiles).toHaveBeenCalledWith(chosen);
  });

  it('keeps only the readable files of a chosen folder (an Apple Mail export)', async () => {
    render({ phase: 'idle' });
    const folder = [...host.querySelectorAll('input[type="file"]')].find((el) => nameOf(el).startsWith('Choose a folder')) as HTMLInputElement;
    expect(folder.hasAttribute('webkitdirectory')).toBe(true);
    const [mbox, plist, toc] = [new dom.window.File(['From '], 'mbox'), new dom.window.File(['<plist/>'], 'Info.plist'), new dom.window.File(['x'], 'table_of_contents')];
    Object.defineProperty(folder, 'files', { value: [mbox, plist, toc], configurable: true });
    await act(async () => folder.dispatchEvent(new Event('change', { bubbles: true })));
    expect(hook.current.chooseFiles).toHaveBeenCalledWith([mbox]);
  });
});

describe('reading the files', () => {
  it('shows a progress bar of the bytes read and the emails found so far', () => {
    render({ phase: 'scanning', progress: { bytesRead: 250, bytesTotal: 1000, emails: 12345 } });
    const bar = named('progressbar', 'Reading your files');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(host.textContent).toContain('Reading your files… 12,345 emails found so far');
  });
});

describe('choosing what to import', () => {
  it('moves focus to the summary when reading ends, and ticks schools and councils only', () => {
    render({ phase: 'scanning', progress: { bytesRead: 0, bytesTotal: 10, emails: 0 } });
    const report = sampleReport();
    render({ phase: 'choosing', report });
    const heading = host.querySelector('[data-testid="import-found"]')!;
    expect(document.activeElement).toBe(heading);
    expect(heading.textContent).toBe(`Found ${report.emails.toLocaleString('en-GB')} emails from 1,505 senders, and 1 letter.`);

    expect((named('checkbox', 'senco@stmarys.sch.uk (Mrs Patel)') as HTMLInputElement).checked).toBe(true);
    expect((named('checkbox', 'oakfield.school@gmail.com') as HTMLInputElement).checked).toBe(true);
    expect((named('checkbox', 'grandma@gmail.com (Grandma)') as HTMLInputElement).checked).toBe(false);
    const school = named('checkbox', 'stmarys.sch.uk, all 3 addresses') as HTMLInputElement;
    expect(school.checked).toBe(true);
    const gmail = named('checkbox', 'gmail.com, all 2 addresses') as HTMLInputElement;
    expect([gmail.checked, gmail.indeterminate]).toEqual([false, true]);
    expect(host.textContent).toContain('Ticked: a school address (.sch.uk)');
    expect(host.textContent).toContain('3 addresses · 214 emails · Sep 2023 – Nov 2026');
    // The thousands of others are not drawn until asked for.
    expect(byRole('checkbox').length).toBeLessThan(20);
    expect(named('button', 'Other senders (1,500)').getAttribute('aria-expanded')).toBe('false');
  });

  it('counts the Import button from the ticks, and sends the choice', async () => {
    const report = sampleReport();
    render({ phase: 'choosing', report });
    const expected = countChosen(report.senders, initialSenders(report)).emails;
    expect(named('button', /^Import/).textContent).toBe(`Import ${expected} emails and 1 letter`);

    await click(named('checkbox', 'senco@stmarys.sch.uk (Mrs Patel)'));
    expect(named('button', /^Import/).textContent).toBe(`Import ${expected - 120} emails and 1 letter`);
    expect((named('checkbox', 'stmarys.sch.uk, all 3 addresses') as HTMLInputElement).indeterminate).toBe(true);

    await click(named('checkbox', 'gmail.com, all 2 addresses'));
    expect((named('checkbox', 'grandma@gmail.com (Grandma)') as HTMLInputElement).checked).toBe(true);
    await click(named('checkbox', 'Decision on EHC needs assessment'));
    expect(named('button', /^Import/).textContent).toBe(`Import ${expected - 120 + 500} emails`);

    await click(named('button', /^Import/));
    const choice = vi.mocked(hook.current.start).mock.calls[0]![0];
    expect(new Set(choice.senders)).toEqual(new Set(['office@stmarys.sch.uk', 'head@stmarys.sch.uk', 'oakfield.school@gmail.com', 'grandma@gmail.com']));
    expect(choice).toMatchObject({ letters: [], fromDay: null, toDay: null });
  });

  it('says "up to" when the dates cut across a sender, and refuses From after To', async () => {
    render({ phase: 'choosing', report: sampleReport() });
    const [from, to] = [...host.querySelectorAll<HTMLInputElement>('input[type="date"]')];
    expect([nameOf(from!), nameOf(to!)]).toEqual(['From', 'To']);
    expect(host.textContent).toContain('Emails found run from 1 Jan 2020 to 20 Nov 2026.');
    await type(from!, '2025-01-01');
    // office (2025) inside, head and oakfield (2024) outside, senco (2023–2026) partly.
    expect(named('button', /^Import/).textContent).toBe('Import up to 200 emails and 1 letter');
    await type(to!, '2024-12-31');
    expect(named('button', /^Import/).hasAttribute('disabled')).toBe(true);
    expect(byRole('alert').map((a) => a.textContent)).toContain('The “From” date is after the “To” date. Change one of them.');
  });

  it('opens the other senders a page at a time, and finds one by name', async () => {
    render({ phase: 'choosing', report: sampleReport() });
    await click(named('button', 'Other senders (1,500)'));
    const rows = () => byRole('checkbox').filter((c) => /@shop\d+\.example$/.test(nameOf(c)));
    // gmail.com holds the school's address, so it is with the ticked ones: the others are the shops.
    expect(rows()).toHaveLength(50);
    const more = named('button', 'Show 50 more domains');
    await click(more);
    expect(rows()).toHaveLength(100);
    // Focus goes to the first new row, not past the list.
    expect(nameOf(document.activeElement!)).toMatch(/@shop\d+\.example$/);

    const search = [...host.querySelectorAll('input[type="search"]')].find((el) => nameOf(el) === 'Find a sender')!;
    await type(search, 'shop1234');
    expect(rows().map(nameOf)).toEqual(['news@shop1234.example']);
    await click(rows()[0]!);
    expect(host.textContent).toContain('· 1 ticked');
    // The choice outlives the search: kept by address, not by what is on screen.
    await type(search, '');
    expect(rows().map(nameOf)).not.toContain('news@shop1234.example');
    expect(host.textContent).toContain('· 1 ticked');
    await type(search, 'SHOP1234');
    expect((named('checkbox', 'news@shop1234.example') as HTMLInputElement).checked).toBe(true);
  });

  it('lists the letters and the files that could not be read, and can start again', async () => {
    render({ phase: 'choosing', report: sampleReport(3) });
    const letter = named('checkbox', 'Decision on EHC needs assessment') as HTMLInputElement;
    expect(letter.checked).toBe(true);
    expect(document.getElementById(letter.getAttribute('aria-describedby')!)!.textContent).toBe('Dated 12 March 2026 · from Kent County Council · Decision letter.pdf');
    expect(host.textContent).toContain('scan.pdf could not be read: This looks like a scan; On Record cannot read scans yet.');
    await click(named('button', 'Choose other files'));
    expect(hook.current.reset).toHaveBeenCalledOnce();
  });
});

describe('importing and the result', () => {
  const progress = { done: 120, total: 214, saved: 117, alreadySaved: 3, skipped: 0, unreadable: 0 };

  it('shows progress with numbers and a Cancel button that says it is stopping', async () => {
    render({ phase: 'importing', report: sampleReport(3), progress, startedAt: Date.now() - 20_000, cancelling: false });
    const bar = byRole('progressbar')[0]!;
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['120', '214']);
    expect(host.textContent).toMatch(/120 of 214 done · 117 saved · 3 already saved · about \d+ seconds left/);
    await click(named('button', 'Cancel import'));
    expect(hook.current.cancel).toHaveBeenCalledOnce();
    render({ phase: 'importing', report: sampleReport(3), progress, startedAt: Date.now(), cancelling: true });
    expect(host.textContent).toContain('Stopping after the emails being saved now…');
    expect(named('button', 'Cancel import').hasAttribute('disabled')).toBe(true);
  });

  it('ends with one "Import finished:" sentence in a status region, focused, and the problems', async () => {
    render({ phase: 'importing', report: sampleReport(3), progress, startedAt: Date.now(), cancelling: false });
    const summary = { ...progress, done: 214, saved: 211, skipped: 40, unreadable: 1, cancelled: false, attachmentsSaved: 4, filed: 211, seconds: 30, problems: [{ file: 'inbox.mbox, email 7', reason: 'This email is too large to read.' }] };
    render({ phase: 'finished', report: sampleReport(3), summary });
    const status = byRole('status').find((s) => s.textContent!.startsWith('Import finished:'))!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Import finished: 211 saved (4 letters from attachments), 3 already saved, 40 skipped, 1 could not be read.');
    expect(document.activeElement).toBe(status);
    expect(host.textContent).toContain('inbox.mbox, email 7 could not be read: This email is too large to read.');
    expect(host.textContent).toContain('filed under your child');
    expect(byRole('progressbar')).toHaveLength(0);
    await click(named('button', 'Import more files'));
    expect(hook.current.reset).toHaveBeenCalledOnce();
  });

  it('tells of a failure in an alert, with a way back', async () => {
    render({ phase: 'failed', error: 'On Record could not read these files (the reader stopped). Nothing was saved.' });
    expect(byRole('alert').map((a) => a.textContent)).toEqual(['On Record could not read these files (the reader stopped). Nothing was saved.']);
    await click(named('button', 'Choose other files'));
    expect(hook.current.reset).toHaveBeenCalledOnce();
  });
});
