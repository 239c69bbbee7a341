// Smoke tests of the forms in a DOM (jsdom): they render, check, focus the first problem and save to
// the database. The lead's browser tests drive them in real Chromium; these catch breakage sooner.
import { File as NodeFile } from 'node:buffer';
import { JSDOM } from 'jsdom';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Child } from '@/lib/model/plan';

// The components need a DOM; the unit project runs in Node, so lend it jsdom's globals first.
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { url: 'https://on-record.test/', pretendToBeVisual: true });
const g = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement', 'Element', 'Node', 'Event', 'MouseEvent', 'KeyboardEvent', 'FocusEvent', 'InputEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
  if (key in dom.window) Object.defineProperty(g, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
}

let act: typeof import('react').act;
let createRoot: typeof import('react-dom/client').createRoot;
let ChildForm: typeof import('@/components/forms/child/ChildForm').ChildForm;
let EventForm: typeof import('@/components/forms/event/EventForm').EventForm;
let PlanEditor: typeof import('@/components/forms/plan/PlanEditor').PlanEditor;
let PlanSummary: typeof import('@/components/forms/plan/PlanSummary').PlanSummary;
let TermDatesEditor: typeof import('@/components/forms/terms/TermDatesEditor').TermDatesEditor;
let getDatabase: typeof import('@/lib/db/database').getDatabase;
let blankChild: typeof import('@/lib/model/child').blankChild;
let saveChild: typeof import('@/lib/db/repositories/children').saveChild;

beforeAll(async () => {
  // The database answers outside act(); the tests wait for what it renders instead.
  const consoleError = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('not wrapped in act')) return;
    consoleError(...args);
  });
  ({ act } = await import('react'));
  ({ createRoot } = await import('react-dom/client'));
  ({ ChildForm } = await import('@/components/forms/child/ChildForm'));
  ({ EventForm } = await import('@/components/forms/event/EventForm'));
  ({ PlanEditor } = await import('@/components/forms/plan/PlanEditor'));
  ({ PlanSummary } = await import('@/components/forms/plan/PlanSummary'));
  ({ TermDatesEditor } = await import('@/components/forms/terms/TermDatesEditor'));
  ({ getDatabase } = await import('@/lib/db/database'));
  ({ saveChild } = await import('@/lib/db/repositories/children'));
  ({ blankChild } = await import('@/lib/model/child'));
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const db = getDatabase();
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

function type(el: Element | null, value: string) {
  if (!el) throw new Error('no element');
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function click(el: Element | null) {
  if (!el) throw new Error('no element');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Waits, letting the database answer and React render, until check passes (or 3 seconds). */
async function until(check: () => unknown) {
  for (let i = 0; i < 120 && !check(); i++) await settle(25);
  expect(check()).toBeTruthy();
}

/** Lets the database answer and React render what it answered. */
async function settle(ms = 100) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function savedChild(): Promise<Child> {
  return saveChild(getDatabase(), { ...blankChild(), name: 'Amelia', school: 'St Mary’s' });
}

describe('ChildForm', () => {
  it('refuses an empty name, focusing it, then saves', async () => {
    const onSaved = vi.fn();
    act(() => root.render(<ChildForm child={null} onSaved={onSaved} />));
    await click(byTestId('child-save'));
    const name = byTestId('child-name') as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const errorId = name.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)?.textContent).toContain('Enter your child’s name.');
    expect(document.getElementById(errorId)?.getAttribute('role')).toBe('alert');
    act(() => type(name, 'Amelia'));
    act(() => type(byTestId('child-senders'), 'stmarys.sch.uk, SENCO@stmarys.sch.uk'));
    act(() => type(byTestId('child-year'), 'Year 4'));
    act(() => type(byTestId('child-primary-need'), 'SLCN'));
    await click(byTestId('child-status-ehc-plan'));
    await click(byTestId('child-save'));
    await settle();
    expect(onSaved).toHaveBeenCalledOnce();
    const saved = onSaved.mock.calls[0]![0] as Child;
    expect(saved).toMatchObject({ name: 'Amelia', schoolSenders: ['stmarys.sch.uk', 'senco@stmarys.sch.uk'], yearGroup: 'Year 4', senStatus: 'ehc-plan', primaryNeed: 'SLCN' });
    expect(await getDatabase().children.get(saved.id)).toBeDefined();
  });

  it('deletes after confirming', async () => {
    const child = await savedChild();
    const onDeleted = vi.fn();
    act(() => root.render(<ChildForm child={child} onSaved={() => {}} onDeleted={onDeleted} />));
    await click(byTestId('child-delete'));
    expect(host.textContent).toContain('Delete Amelia? Their plans, events and marks go; saved emails stay, unassigned.');
    await click(byTestId('child-delete-confirm'));
    await settle();
    expect(onDeleted).toHaveBeenCalledOnce();
    expect(await getDatabase().children.get(child.id)).toBeUndefined();
  });
});

describe('PlanEditor', () => {
  it('fills a provision in from a line, shows gaps, and records changes', async () => {
    const child = await savedChild();
    const onSaved = vi.fn();
    act(() => root.render(<PlanEditor child={child} planId={null} today="2026-09-07" onSaved={onSaved} />));
    await settle();
    act(() => type(byTestId('plan-target'), 'Read 50 common words'));
    act(() => type(byTestId('provision-what'), 'Lexia 3 x 20 mins weekly'));
    expect(byTestId('provision-gap')?.textContent).toContain('Not specific enough');
    await click(byTestId('provision-fill'));
    expect((byTestId('provision-what') as HTMLTextAreaElement).value).toBe('Lexia');
    expect((byTestId('provision-times') as HTMLInputElement).value).toBe('3');
    expect((byTestId('provision-per') as HTMLSelectElement).value).toBe('week');
    expect((byTestId('provision-minutes') as HTMLInputElement).value).toBe('20');
    expect(allByTestId('provision-gap-item').map((g) => g.dataset.field)).toEqual(['who']);
    act(() => type(byTestId('provision-who'), 'Mrs Khan (TA)'));
    expect(byTestId('provision-gap')).toBeNull();
    await click(byTestId('provision-target'));
    await click(byTestId('plan-save'));
    await settle();
    expect(onSaved).toHaveBeenCalledOnce();
    expect(byTestId('plan-saved')?.textContent).toBe('Saved.');
    const plan = onSaved.mock.calls[0]![0];
    expect(plan.provisions[0]).toMatchObject({ what: 'Lexia', who: 'Mrs Khan (TA)', frequency: { times: 3, per: 'week' }, minutes: 20, targetIds: [plan.targets[0].id] });

    // The page now passes the new plan's id: the form stays, and a second save records what changed.
    act(() => root.render(<PlanEditor child={child} planId={plan.id} today="2026-09-07" onSaved={onSaved} />));
    act(() => type(byTestId('plan-review'), '2026-12-10'));
    await click(byTestId('plan-save'));
    await settle();
    expect(byTestId('plan-saved')?.textContent).toMatch(/^Saved\. Changes recorded: /);
  });

  it('refuses a support with no name, focusing it', async () => {
    const child = await savedChild();
    act(() => root.render(<PlanEditor child={child} planId={null} today="2026-09-07" onSaved={() => {}} />));
    await settle();
    act(() => type(byTestId('provision-who'), 'Mrs Khan'));
    await click(byTestId('plan-save'));
    expect(document.activeElement).toBe(byTestId('provision-what'));
    expect(byTestId('plan-problems')?.textContent).toContain('Support 1: say what the support is.');
  });

  it('opens a stored plan and shows it in the summary', async () => {
    const child = await savedChild();
    const onSaved = vi.fn();
    act(() => root.render(<PlanEditor child={child} planId={null} today="2026-09-07" onSaved={onSaved} />));
    await settle();
    act(() => type(byTestId('provision-what'), 'Access to a quiet space when needed'));
    await click(byTestId('plan-save'));
    await settle();
    const plan = onSaved.mock.calls[0]![0];
    act(() => root.unmount());
    root = createRoot(host);
    act(() => root.render(<PlanEditor child={child} planId={plan.id} today="2026-09-07" onSaved={onSaved} />));
    await settle();
    expect((byTestId('provision-what') as HTMLTextAreaElement).value).toBe('Access to a quiet space when needed');
    const onEdit = vi.fn();
    act(() => root.render(<PlanSummary plan={plan} onEdit={onEdit} />));
    expect(byTestId('plan-summary')?.textContent).toContain('Access to a quiet space when needed');
    expect(allByTestId('provision-gap-item').map((g) => g.dataset.field)).toContain('wording');
    await click(byTestId('plan-edit'));
    expect(onEdit).toHaveBeenCalledOnce();
  });
});

describe('TermDatesEditor', () => {
  it('saves typical dates and links them to the child', async () => {
    const child = await savedChild();
    act(() => root.render(<TermDatesEditor child={child} today="2026-05-13" />));
    await settle();
    await click(byTestId('terms-use-default'));
    expect(allByTestId('term-row').length).toBe(9);
    await click(byTestId('terms-save'));
    await settle(200);
    expect(byTestId('terms-status')?.textContent).toBe('Saved. Dates in your saved emails are being worked out again with these term dates.');
    const fresh = await getDatabase().children.get(child.id);
    expect(fresh?.calendarId).toBeTruthy();
    expect((await getDatabase().calendars.get(fresh!.calendarId!))?.source).toBe('default');
  });

  it('checks rows typed by hand', async () => {
    const child = await savedChild();
    act(() => root.render(<TermDatesEditor child={child} today="2026-05-13" />));
    await settle();
    await click(byTestId('terms-by-hand'));
    expect(allByTestId('term-row').length).toBe(3);
    await click(byTestId('terms-save'));
    expect(document.activeElement).toBe(allByTestId('term-start')[0]);
    const row = allByTestId('term-row')[0]!;
    const input = (id: string) => row.querySelector(`[data-testid="${id}"]`);
    act(() => type(input('term-start'), '2025-09-03'));
    act(() => type(input('term-half-start'), '2025-10-27'));
    act(() => type(input('term-half-end'), '2025-10-31'));
    act(() => type(input('term-end'), '2025-12-19'));
    await click(allByTestId('term-remove')[2]!);
    await click(allByTestId('term-remove')[1]!);
    expect(allByTestId('term-row').length).toBe(1);
    await click(byTestId('terms-save'));
    await settle(200);
    expect(byTestId('terms-status')?.textContent).toContain('Saved.');
  });

  it('imports a calendar file, and says plainly when a file is no use', async () => {
    const child = await savedChild();
    act(() => root.render(<TermDatesEditor child={child} today="2026-05-13" />));
    await until(() => byTestId('terms-import-ics'));
    const choose = async (name: string, text: string) => {
      const input = byTestId('terms-import-ics') as HTMLInputElement;
      const file = new NodeFile([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/calendar' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await choose('dates.ics', 'not a calendar');
    await until(() => byTestId('terms-import-error'));
    expect(byTestId('terms-import-error')?.textContent).toBe('This file is not a calendar (.ics) file.');
    const json = {
      name: 'Oak Primary',
      terms: [{ name: 'Autumn 2025', start: '2025-09-03', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31', end: '2025-12-19' }],
    };
    await choose('oak.json', JSON.stringify(json));
    await until(() => byTestId('term-row'));
    expect((byTestId('terms-name') as HTMLInputElement).value).toBe('Oak Primary');
    expect(byTestId('terms-intro')?.textContent).toContain('one term');
  });

  it('offers a sibling’s dates', async () => {
    const child = await savedChild();
    act(() => root.render(<TermDatesEditor child={child} today="2026-05-13" />));
    await settle();
    await click(byTestId('terms-use-default'));
    await click(byTestId('terms-save'));
    await until(() => byTestId('terms-status'));
    const calendarId = (await getDatabase().children.get(child.id))!.calendarId;
    const ben = await saveChild(getDatabase(), { ...blankChild(), name: 'Ben' });
    act(() => root.unmount());
    root = createRoot(host);
    act(() => root.render(<TermDatesEditor child={ben} today="2026-05-13" />));
    await until(() => byTestId('terms-share-select'));
    act(() => type(byTestId('terms-share-select'), calendarId!));
    await click(byTestId('terms-share-use'));
    await until(() => byTestId('terms-shared-with'));
    expect((await getDatabase().children.get(ben.id))?.calendarId).toBe(calendarId);
    expect(byTestId('terms-shared-with')?.textContent).toContain('Amelia');
  });
});

describe('EventForm', () => {
  it('asks what happened, then saves', async () => {
    const child = await savedChild();
    const onSaved = vi.fn();
    act(() =>
      root.render(<EventForm child={child} today="2026-05-13" records={[{ id: 'r1', label: 'Email from Mrs Patel' }]} onSaved={onSaved} onCancel={() => {}} />),
    );
    await click(byTestId('event-save'));
    expect(document.activeElement).toBe(byTestId('event-kind'));
    act(() => type(byTestId('event-kind'), 'assessment-requested'));
    act(() => type(byTestId('event-note'), 'Sent by email'));
    act(() => type(byTestId('event-record'), 'r1'));
    await click(byTestId('event-save'));
    await settle();
    expect(onSaved).toHaveBeenCalledOnce();
    const [event] = await getDatabase().events.toArray();
    expect(event).toMatchObject({ childId: child.id, kind: 'assessment-requested', day: '2026-05-13', note: 'Sent by email', recordId: 'r1' });
  });
});
