// What the term dates editor holds besides the save state, and how each step changes it: kept as
// one value so the steps (load, choose, edit, save, share, start again) can be read in one place.
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { SchoolCalendar } from '@/lib/model/plan';
import { draftFromCalendar, type CalendarDraft } from '@/lib/ui/forms/term-draft';

export interface TermEditorState {
  /** The dates on screen; null while the child has none and none is chosen. */
  draft: CalendarDraft | null;
  /** The stored calendar last loaded into the draft, so it loads once (and again when another is chosen). */
  loadedId: string | null;
  /** Says where fresh dates came from and what to do next; '' otherwise. */
  intro: string;
  /** What the calendar file's reader noticed. */
  warnings: string[];
  /** True while the dates on screen came from a choice (typical, file, by hand) and are not saved yet. */
  fresh: boolean;
}

export const NO_TERM_DATES: TermEditorState = { draft: null, loadedId: null, intro: '', warnings: [], fresh: false };

type StoredCalendar = TermCalendar & { id: string; source: SchoolCalendar['source'] };

/** Edits the stored calendar once it has loaded (and again when another is chosen). */
export function loaded(state: TermEditorState, calendar: StoredCalendar): TermEditorState {
  return { ...state, loadedId: calendar.id, draft: draftFromCalendar(calendar, calendar.source) };
}

/** Edits the calendar just saved, fresh dates no longer. */
export function savedAs(calendar: StoredCalendar): TermEditorState {
  return loaded(NO_TERM_DATES, calendar);
}

/**
 * Fresh dates from a choice. Replacing the dates of a stored calendar keeps it, so children sharing
 * it get the new dates too.
 */
export function begun(state: TermEditorState, next: CalendarDraft, intro: string, warnings: string[]): TermEditorState {
  return { ...state, draft: { ...next, id: state.draft?.id ?? null }, intro, warnings, fresh: true };
}

/** A change typed by the parent: typical dates changed by hand are the parent's own. */
export function edited(state: TermEditorState, update: (d: CalendarDraft) => CalendarDraft): TermEditorState {
  const d = state.draft;
  return d ? { ...state, draft: { ...update(d), source: d.source === 'default' ? 'manual' : d.source } } : state;
}

/** Back from fresh dates to the stored ones, or to the choices when there are none. */
export function startedAgain(state: TermEditorState, stored: StoredCalendar | null | undefined): TermEditorState {
  return { ...state, draft: stored ? draftFromCalendar(stored, stored.source) : null, fresh: false, intro: '', warnings: [] };
}
