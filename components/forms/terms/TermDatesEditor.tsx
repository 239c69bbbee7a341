import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { getDatabase } from '@/lib/db/database';
import { checkCalendar } from '@/lib/calendar/calendar-check';
import { defaultCalendarAround } from '@/lib/calendar/default-calendar';
import type { Child, IsoDay, SchoolCalendar } from '@/lib/model/plan';
import { saveCalendar } from '@/lib/db/repositories/calendars';
import { saveChild } from '@/lib/db/repositories/children';
import { formatDay } from '@/lib/calendar/format-day';
import {
  blankTerm,
  blankTermsFor,
  calendarDraftProblems,
  calendarFromDraft,
  draftFromCalendar,
  rowKey,
  termKey,
  type CalendarDraft,
  type TermDraft,
  type TermField,
} from '@/lib/ui/forms/term-draft';
import { problemFor, type FieldProblem } from '@/lib/ui/forms/problems';
import { Field, ProblemList, StatusMessage, describedBy, errorText, fieldDomId, focusField, focusFirstProblem } from '@/components/forms/form-parts';
import '../forms.css';
import { askToReadAgain } from '@/components/hooks/ask-to-read-again';

const SAVED_MESSAGE = 'Saved. Dates in your saved emails are being worked out again with these term dates.';


type Imported = { ok: true; calendar: TermCalendar; source: SchoolCalendar['source']; warnings: string[] } | { ok: false; error: string };

/** A .json file in our own format, or the school's .ics calendar. */
async function readCalendarFile(file: File): Promise<Imported> {
  const text = await file.text();
  const looksJson = /\.json$/i.test(file.name) || file.type === 'application/json' || /^\s*[{[]/.test(text);
  if (looksJson) {
    const parsed = parseTermCalendar(text);
    if (!parsed.ok) return { ok: false, error: `This file could not be used: ${parsed.error}` };
    return { ok: true, calendar: parsed.calendar, source: 'json', warnings: [] };
  }
  // The iCalendar reader (ical.js, ~23 KB gzipped) loads only when a parent picks a calendar file.
  const { importIcsCalendar } = await import('@/lib/calendar/ics/import-ics-calendar');
  const imported = importIcsCalendar(text);
  if (!imported.ok) return { ok: false, error: imported.error };
  return { ok: true, calendar: imported.calendar, source: 'ics', warnings: imported.warnings };
}

const COLUMNS: { field: TermField; label: string; testId: string }[] = [
  { field: 'name', label: 'Term', testId: 'term-name' },
  { field: 'start', label: 'First day', testId: 'term-start' },
  { field: 'halfTermStart', label: 'Half term first day', testId: 'term-half-start' },
  { field: 'halfTermEnd', label: 'Half term last day', testId: 'term-half-end' },
  { field: 'end', label: 'Last day', testId: 'term-end' },
];

/**
 * The school's term dates for one child: shows and edits the calendar they use, or helps the
 * parent pick one (typical dates, the school's calendar file, a sibling's, or by hand).
 */
export function TermDatesEditor({ child, today, onSaved }: { child: Child; today: IsoDay; onSaved?(): void }) {
  const prefix = useId();
  const db = getDatabase();
  // Set once this editor saves or switches the calendar, so it shows the new one even if the page
  // passes the child as it was.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const calendarId = chosenId ?? child.calendarId;
  const stored = useLiveQuery(async () => (calendarId ? ((await db.calendars.get(calendarId)) ?? null) : null), [calendarId]);
  const calendars = useLiveQuery(() => db.calendars.toArray(), []);
  const children = useLiveQuery(() => db.children.toArray(), []);

  const [draft, setDraft] = useState<CalendarDraft | null>(null);
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [intro, setIntro] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);
  const [fileError, setFileError] = useState('');
  const [shareId, setShareId] = useState('');
  // True while the dates on screen came from a choice (typical, file, by hand) and are not saved yet.
  const [fresh, setFresh] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Start editing the stored calendar once it has loaded (and again if another is chosen).
  if (stored && stored.id !== loadedId) {
    setLoadedId(stored.id);
    setDraft(draftFromCalendar(stored, stored.source));
    setTried(false);
  }

  if (calendarId && stored === undefined) {
    return (
      <p className="quiet" role="status">
        Opening the term dates…
      </p>
    );
  }

  const others = (calendars ?? []).filter((c) => c.id !== calendarId).sort((a, b) => a.name.localeCompare(b.name));
  const sharedWith = (children ?? []).filter((c) => c.id !== child.id && calendarId && c.calendarId === calendarId).map((c) => c.name);
  const problems: FieldProblem[] = tried && draft ? calendarDraftProblems(draft) : [];
  const shown = failure ? [...problems, { key: 'form', message: failure }] : problems;
  const checks = draft ? checkCalendar(calendarFromDraft(draft)) : [];
  const importNotes = warnings.filter((w) => !checks.includes(w));

  const begin = (next: CalendarDraft, message: string, notes: string[] = []) => {
    flushSync(() => {
      // Replacing the dates of a stored calendar keeps it, so children sharing it get the new dates too.
      setDraft({ ...next, id: draft?.id ?? null });
      setIntro(message);
      setWarnings(notes);
      setStatus('');
      setFailure('');
      setTried(false);
      setFileError('');
      setFresh(true);
    });
    document.getElementById(`${prefix}-intro`)?.focus();
  };

  const useDefault = () =>
    begin(
      draftFromCalendar(defaultCalendarAround(today), 'default'),
      'These are typical dates for schools in England, not your school’s own. Check them against the school’s website, change any that differ, then save.',
    );

  const byHand = () =>
    begin(
      { id: null, name: child.school.trim() ? `${child.school.trim()} term dates` : 'School term dates', terms: blankTermsFor(today), closures: [], source: 'manual' },
      'Enter each term’s first and last day and its half-term break, then save. The school’s website or newsletter usually lists them.',
    );

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileError('');
    try {
      const result = await readCalendarFile(file);
      if (!result.ok) {
        setFileError(result.error);
        return;
      }
      const n = result.calendar.terms.length;
      begin(
        draftFromCalendar(result.calendar, result.source),
        `We found ${n === 1 ? 'one term' : `${n} terms`} in ${file.name}. Check them below, then save.`,
        result.warnings,
      );
    } catch (e) {
      setFileError(`This file could not be read: ${errorText(e)}`);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const linkChild = async (id: string) => {
    const fresh = (await db.children.get(child.id)) ?? child;
    if (fresh.calendarId !== id) await saveChild(db, { ...fresh, calendarId: id });
    setChosenId(id);
  };

  const share = async () => {
    const target = others.find((c) => c.id === shareId);
    if (!target) return;
    setSaving(true);
    setFailure('');
    try {
      await linkChild(target.id);
      askToReadAgain();
      setDraft(null);
      setLoadedId(null);
      setFresh(false);
      setIntro('');
      setWarnings([]);
      setShareId('');
      setStatus(`Now using “${target.name}”. Dates in your saved emails are being worked out again with these term dates.`);
      onSaved?.();
    } catch (e) {
      setFailure(`Not changed: ${errorText(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    if (!draft) return;
    const found = calendarDraftProblems(draft);
    if (found.length) {
      flushSync(() => {
        setTried(true);
        setStatus('');
      });
      focusFirstProblem(prefix, found);
      return;
    }
    setSaving(true);
    setFailure('');
    try {
      const saved = await saveCalendar(db, calendarFromDraft(draft), draft.source);
      await linkChild(saved.id);
      askToReadAgain();
      setLoadedId(saved.id);
      setDraft(draftFromCalendar(saved, saved.source));
      setFresh(false);
      setTried(false);
      setIntro('');
      setWarnings([]);
      setStatus(SAVED_MESSAGE);
      onSaved?.();
    } catch (e) {
      flushSync(() => setFailure(`Not saved: ${errorText(e)}`));
      focusFirstProblem(prefix, [{ key: 'form', message: '' }]);
    } finally {
      setSaving(false);
    }
  };

  const change = (update: (d: CalendarDraft) => CalendarDraft) => {
    setStatus('');
    setFailure('');
    setDraft((d) => (d ? { ...update(d), source: d.source === 'default' ? 'manual' : d.source } : d));
  };
  const setTerm = (key: string, field: TermField, value: string) =>
    change((d) => ({ ...d, terms: d.terms.map((t) => (t.key === key ? { ...t, [field]: value } : t)) }));

  const addTerm = () => {
    const term = blankTerm();
    flushSync(() => change((d) => ({ ...d, terms: [...d.terms, term] })));
    focusField(prefix, termKey(term.key, 'name'));
  };
  const removeTerm = (term: TermDraft, index: number) => {
    const terms = draft?.terms ?? [];
    const next = terms[index + 1] ?? terms[index - 1];
    flushSync(() => change((d) => ({ ...d, terms: d.terms.filter((t) => t.key !== term.key) })));
    if (!next || !focusField(prefix, termKey(next.key, 'name'))) document.getElementById(`${prefix}-add-term`)?.focus();
  };
  const addClosure = () => {
    const key = rowKey();
    flushSync(() => change((d) => ({ ...d, closures: [...d.closures, { key, day: '' }] })));
    focusField(prefix, `closure:${key}`);
  };
  const removeClosure = (key: string, index: number) => {
    const list = draft?.closures ?? [];
    const next = list[index + 1] ?? list[index - 1];
    flushSync(() => change((d) => ({ ...d, closures: d.closures.filter((c) => c.key !== key) })));
    if (!next || !focusField(prefix, `closure:${next.key}`)) document.getElementById(`${prefix}-add-closure`)?.focus();
  };

  const choices = (
    <div className="choice-list">
      <div className="choice">
        <h3>Typical dates</h3>
        <p>A quick start: the usual term dates for schools in England, which you can then adjust.</p>
        <div>
          <button type="button" className="button-small" onClick={useDefault} data-testid="terms-use-default">
            Use typical English term dates
          </button>
        </div>
      </div>
      <div className="choice">
        <h3>The school’s calendar file</h3>
        <p>Many school websites offer their calendar to download or “add to calendar” as an .ics file.</p>
        <label className="file-label" htmlFor={`${prefix}-file`}>
          Import the school’s calendar file (.ics)
        </label>
        <input
          id={`${prefix}-file`}
          ref={fileInput}
          className="file-input"
          type="file"
          accept=".ics,text/calendar,.json,application/json"
          onChange={(e) => void importFile(e)}
          aria-describedby={fileError ? `${prefix}-file-error` : undefined}
          data-testid="terms-import-ics"
        />
        {fileError ? (
          <p id={`${prefix}-file-error`} className="message error" role="alert" data-testid="terms-import-error">
            {fileError}
          </p>
        ) : null}
      </div>
      <div className="choice">
        <h3>By hand</h3>
        <p>Type the dates in from the school’s website or newsletter.</p>
        <div>
          <button type="button" className="button-small" onClick={byHand} data-testid="terms-by-hand">
            Enter dates by hand
          </button>
        </div>
      </div>
      {others.length ? (
        <div className="choice">
          <h3>Same school as a brother or sister?</h3>
          <div className="inline-controls">
            <label htmlFor={`${prefix}-share`} className="field-label">
              Use the same term dates as
            </label>
            <select id={`${prefix}-share`} className="select-input" value={shareId} onChange={(e) => setShareId(e.target.value)} data-testid="terms-share-select">
              <option value="">Choose…</option>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button type="button" className="button-small" disabled={!shareId || saving} onClick={() => void share()} data-testid="terms-share-use">
              Use these dates
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );

  return (
    <section className="or-form terms-editor" aria-labelledby={`${prefix}-title`} data-testid="terms-editor">
      <h2 id={`${prefix}-title`}>Term dates{child.name ? ` for ${child.name}` : ''}</h2>
      <p className="form-intro">
        On Record counts school weeks and works out dates like “after half term” from these. They stay in this browser.
      </p>

      <StatusMessage message={status} testId="terms-status" />

      {!draft ? (
        <>
          <p>
            {child.name || 'This child'} has no term dates yet. Choose one way to add them:
          </p>
          {choices}
        </>
      ) : (
        <>
          <form
            className="or-form"
            aria-label="Term dates"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {intro ? (
              <p id={`${prefix}-intro`} className="form-info" tabIndex={-1} data-testid="terms-intro">
                {intro}
              </p>
            ) : null}
            {sharedWith.length ? (
              <p className="field-note" data-testid="terms-shared-with">
                <span aria-hidden="true">ⓘ </span>
                {sharedWith.join(' and ')} {sharedWith.length === 1 ? 'uses' : 'use'} these term dates too: changes apply to {sharedWith.length === 1 ? 'both children' : 'all of them'}.
              </p>
            ) : null}

            <Field prefix={prefix} name="calendar-name" label="Name for these term dates" hint="e.g. St Mary’s term dates. Brothers and sisters at the same school can share them.">
              {(p) => (
                <input
                  {...p}
                  className="text-input"
                  type="text"
                  value={draft.name}
                  onChange={(e) => change((d) => ({ ...d, name: e.target.value }))}
                  data-testid="terms-name"
                />
              )}
            </Field>

            <div className="terms-wrap">
              <table className="terms-table">
                <caption className="visually-hidden">Terms: first and last days, and half-term breaks</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((c) => (
                      <th key={c.field} scope="col">
                        {c.label}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {draft.terms.map((t, i) => {
                    const label = t.name.trim() || `Term ${i + 1}`;
                    return (
                      <tr key={t.key} data-testid="term-row">
                        {COLUMNS.map((c) => {
                          const key = termKey(t.key, c.field);
                          const id = fieldDomId(prefix, key);
                          const error = problemFor(problems, key);
                          return (
                            <td key={c.field} className={c.field === 'name' ? 'term-name-cell' : undefined}>
                              <label className="cell-label" htmlFor={id}>
                                {c.field === 'name' ? `Term ${i + 1} name` : <>{c.label}<span className="visually-hidden">, {label}</span></>}
                              </label>
                              {error ? (
                                <p id={`${id}-error`} className="cell-error" role="alert">
                                  <span aria-hidden="true">! </span>
                                  {error}
                                </p>
                              ) : null}
                              <input
                                id={id}
                                className={c.field === 'name' ? 'text-input' : 'text-input date-input'}
                                type={c.field === 'name' ? 'text' : 'date'}
                                placeholder={c.field === 'name' ? 'e.g. Autumn 2026' : undefined}
                                value={t[c.field]}
                                onChange={(e) => setTerm(t.key, c.field, e.target.value)}
                                aria-describedby={describedBy(error && `${id}-error`)}
                                aria-invalid={error ? true : undefined}
                                data-testid={c.testId}
                              />
                            </td>
                          );
                        })}
                        <td className="term-remove-cell">
                          <button type="button" className="button-small button-quiet" onClick={() => removeTerm(t, i)} data-testid="term-remove">
                            Remove<span className="visually-hidden"> {label}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {problemFor(problems, 'terms') ? (
              <p className="field-error" role="alert">
                {problemFor(problems, 'terms')}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" id={`${prefix}-add-term`} className="button-small" onClick={addTerm} data-testid="terms-add">
                + Add a term
              </button>
            </div>

            <section className="form-fieldset" aria-labelledby={`${prefix}-closures`}>
              <h3 id={`${prefix}-closures`}>INSET and closure days</h3>
              <p className="field-hint">
                Days the school is shut during term: staff training (INSET) days, bank holidays, polling days.
              </p>
              {draft.closures.length ? (
                <ul className="row-list" style={{ marginTop: '0.6rem' }}>
                  {draft.closures.map((c, i) => {
                    const id = fieldDomId(prefix, `closure:${c.key}`);
                    return (
                      <li key={c.key} className="inline-controls" data-testid="closure-row">
                        <label htmlFor={id} className="visually-hidden">
                          Closure day {i + 1}
                        </label>
                        <input
                          id={id}
                          className="text-input date-input"
                          type="date"
                          value={c.day}
                          onChange={(e) => change((d) => ({ ...d, closures: d.closures.map((x) => (x.key === c.key ? { ...x, day: e.target.value } : x)) }))}
                          data-testid="closure-day"
                        />
                        <span className="quiet">{formatDay(c.day)}</span>
                        <button type="button" className="button-small button-quiet" onClick={() => removeClosure(c.key, i)} data-testid="closure-remove">
                          Remove<span className="visually-hidden"> closure day {i + 1}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="quiet">None added.</p>
              )}
              <div className="form-actions" style={{ marginTop: '0.6rem' }}>
                <button type="button" id={`${prefix}-add-closure`} className="button-small" onClick={addClosure} data-testid="closures-add">
                  + Add a closure day
                </button>
              </div>
            </section>

            {checks.length ? (
              <div className="check-notice" data-testid="terms-check">
                <p>
                  <span aria-hidden="true">⚠ </span>Please check:
                </p>
                <ul>
                  {checks.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {importNotes.length ? (
              <div className="check-notice" data-testid="terms-import-warnings">
                <p>
                  <span aria-hidden="true">ⓘ </span>About the file:
                </p>
                <ul>
                  {importNotes.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            ) : null}

            <ProblemList prefix={prefix} problems={shown} testId="terms-problems" />

            <div className="form-actions">
              <button type="submit" className="button-primary" disabled={saving} data-testid="terms-save">
                {saving ? 'Saving…' : 'Save term dates'}
              </button>
              {fresh ? (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => {
                    setDraft(stored ? draftFromCalendar(stored, stored.source) : null);
                    setFresh(false);
                    setIntro('');
                    setWarnings([]);
                    setTried(false);
                  }}
                  data-testid="terms-start-again"
                >
                  {stored ? 'Keep the saved dates' : 'Choose another way'}
                </button>
              ) : null}
            </div>
          </form>

          {stored ? (
            <details className="extra" data-testid="terms-replace">
              <summary>Replace these dates, or use a brother’s or sister’s</summary>
              <div style={{ padding: '0.9rem' }}>{choices}</div>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
