import { useState } from 'react';
import { flushSync } from 'react-dom';
import { checkCalendar } from '@/lib/calendar/calendar-check';
import { defaultCalendarAround } from '@/lib/calendar/default-calendar';
import type { Child, IsoDay, SchoolCalendar } from '@/lib/model/plan';
import { blankTerm, blankTermsFor, calendarDraftProblems, calendarFromDraft, draftFromCalendar, rowKey, termKey, type CalendarDraft, type TermDraft, type TermField } from '@/lib/ui/forms/term-draft';
import { NO_TERM_DATES, begun, edited, loaded, savedAs, startedAgain, type TermEditorState } from '@/lib/ui/forms/term-editor';
import type { FieldProblem } from '@/lib/ui/forms/problems';
import { useChildren } from '@/components/hooks/use-children';
import { chooseCalendarFor, saveCalendarFor, useCalendar, useCalendars } from '@/components/hooks/use-calendars';
import { Field, ProblemList, StatusMessage, focusAfterRemoving, focusField } from '@/components/forms/form-parts';
import { SaveButton } from '@/components/forms/form-frame';
import { TextInput } from '@/components/forms/controls';
import { useSaveForm } from '@/components/forms/use-save-form';
import { CalendarChoices } from '@/components/forms/terms/CalendarChoices';
import { CheckNotice } from '@/components/forms/terms/CheckNotice';
import { ClosureDays } from '@/components/forms/terms/ClosureDays';
import { TermsTable } from '@/components/forms/terms/TermsTable';
import '../forms.css';

const SAVED_MESSAGE = 'Saved. Dates in your saved emails are being worked out again with these term dates.';

/**
 * The school's term dates for one child: shows and edits the calendar they use, or helps the
 * parent pick one (typical dates, the school's calendar file, a sibling's, or by hand).
 */
export function TermDatesEditor({ child, today, onSaved }: { child: Child; today: IsoDay; onSaved?(): void }) {
  const form = useSaveForm();
  const { prefix } = form;
  // Set once this editor saves or switches the calendar, so it shows the new one even if the page
  // passes the child as it was.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const calendarId = chosenId ?? child.calendarId;
  const stored = useCalendar(calendarId);
  const calendars = useCalendars();
  const children = useChildren();
  const [state, setState] = useState<TermEditorState>(NO_TERM_DATES);
  const { draft } = state;

  // Start editing the stored calendar once it has loaded (and again if another is chosen).
  if (stored && stored.id !== state.loadedId) {
    setState((s) => loaded(s, stored));
    form.untried();
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
  const problems: FieldProblem[] = form.tried && draft ? calendarDraftProblems(draft) : [];
  const checks = draft ? checkCalendar(calendarFromDraft(draft)) : [];
  const importNotes = state.warnings.filter((w) => !checks.includes(w));

  const begin = (next: CalendarDraft, intro: string, warnings: string[] = []) => {
    flushSync(() => {
      setState((s) => begun(s, next, intro, warnings));
      form.edited();
      form.untried();
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

  const share = (target: SchoolCalendar) =>
    form.save(
      () => chooseCalendarFor(child, target.id),
      () => {
        setChosenId(target.id);
        setState(NO_TERM_DATES);
        onSaved?.();
        return `Now using “${target.name}”. Dates in your saved emails are being worked out again with these term dates.`;
      },
      { failedWith: 'Not changed', focus: false },
    );

  const save = async () => {
    if (!draft) return;
    const found = calendarDraftProblems(draft);
    if (found.length) return form.refuse(found);
    await form.save(
      () => saveCalendarFor(child, calendarFromDraft(draft), draft.source),
      (saved) => {
        setChosenId(saved.id);
        setState(savedAs(saved));
        onSaved?.();
        return SAVED_MESSAGE;
      },
    );
  };

  const change = (update: (d: CalendarDraft) => CalendarDraft) => {
    form.edited();
    setState((s) => edited(s, update));
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
    flushSync(() => change((d) => ({ ...d, terms: d.terms.filter((t) => t.key !== term.key) })));
    focusAfterRemoving(prefix, terms, index, (t) => termKey(t.key, 'name'), `${prefix}-add-term`);
  };
  const addClosure = () => {
    const key = rowKey();
    flushSync(() => change((d) => ({ ...d, closures: [...d.closures, { key, day: '' }] })));
    focusField(prefix, `closure:${key}`);
  };
  const removeClosure = (key: string, index: number) => {
    const closures = draft?.closures ?? [];
    flushSync(() => change((d) => ({ ...d, closures: d.closures.filter((c) => c.key !== key) })));
    focusAfterRemoving(prefix, closures, index, (c) => `closure:${c.key}`, `${prefix}-add-closure`);
  };

  const choices = (
    <CalendarChoices prefix={prefix} others={others} busy={form.saving} onDefault={useDefault} onByHand={byHand} onFile={begin} onShare={share} />
  );

  return (
    <section className="or-form terms-editor" aria-labelledby={`${prefix}-title`} data-testid="terms-editor">
      <h2 id={`${prefix}-title`}>Term dates{child.name ? ` for ${child.name}` : ''}</h2>
      <p className="form-intro">
        On Record counts school weeks and works out dates like “after half term” from these. They stay in this browser.
      </p>

      <StatusMessage message={form.status} testId="terms-status" />

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
            {state.intro ? (
              <p id={`${prefix}-intro`} className="form-info" tabIndex={-1} data-testid="terms-intro">
                {state.intro}
              </p>
            ) : null}
            {sharedWith.length ? (
              <p className="field-note" data-testid="terms-shared-with">
                <span aria-hidden="true">ⓘ </span>
                {sharedWith.join(' and ')} {sharedWith.length === 1 ? 'uses' : 'use'} these term dates too: changes apply to {sharedWith.length === 1 ? 'both children' : 'all of them'}.
              </p>
            ) : null}

            <Field prefix={prefix} name="calendar-name" label="Name for these term dates" hint="e.g. St Mary’s term dates. Brothers and sisters at the same school can share them.">
              {(p) => <TextInput control={p} value={draft.name} onChange={(name) => change((d) => ({ ...d, name }))} testId="terms-name" />}
            </Field>

            <TermsTable prefix={prefix} terms={draft.terms} problems={problems} onChange={setTerm} onAdd={addTerm} onRemove={removeTerm} />

            <ClosureDays
              prefix={prefix}
              closures={draft.closures}
              onChange={(key, day) => change((d) => ({ ...d, closures: d.closures.map((x) => (x.key === key ? { ...x, day } : x)) }))}
              onAdd={addClosure}
              onRemove={removeClosure}
            />

            <CheckNotice icon="⚠" title="Please check:" items={checks} testId="terms-check" />
            <CheckNotice icon="ⓘ" title="About the file:" items={importNotes} testId="terms-import-warnings" />

            <ProblemList prefix={prefix} problems={form.shown(problems)} testId="terms-problems" />

            <div className="form-actions">
              <SaveButton saving={form.saving} testId="terms-save">
                Save term dates
              </SaveButton>
              {state.fresh ? (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => {
                    setState((s) => startedAgain(s, stored));
                    form.untried();
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
