// Small pieces shared by the child, term dates, plan and event forms: labelled fields whose hint and
// error are tied to the control, the list of what to fix, and moving focus to the first problem.
import type { ReactNode } from 'react';
import type { FieldProblem } from '@/lib/ui/forms/problems';
import './forms.css';

/** A DOM id for a field key, under the form's useId() prefix. */
export function fieldDomId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** aria-describedby from the ids that are present; undefined when none are. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length ? list.join(' ') : undefined;
}

/** Moves focus to a field (and brings it into view); returns whether there was one to focus. */
export function focusField(prefix: string, key: string): boolean {
  const el = document.getElementById(fieldDomId(prefix, key));
  if (!(el instanceof HTMLElement)) return false;
  el.focus();
  el.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * After removing row `index` of `rows` (the list as it was): focus the same field of the row that
 * took its place, or of the one before, else the list's Add button, so focus never drops to the page.
 */
export function focusAfterRemoving<T>(prefix: string, rows: readonly T[], index: number, fieldOf: (row: T) => string, addButtonId: string): void {
  const next = rows[index + 1] ?? rows[index - 1];
  if (!next || !focusField(prefix, fieldOf(next))) document.getElementById(addButtonId)?.focus();
}

/** Focus on the first problem that has a field, else on the problem list. */
export function focusFirstProblem(prefix: string, problems: readonly FieldProblem[]): void {
  for (const p of problems) if (p.key !== 'form' && focusField(prefix, p.key)) return;
  document.getElementById(`${prefix}-problems`)?.focus();
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <span aria-hidden="true" className="field-error-icon">
        !
      </span>{' '}
      {message}
    </p>
  );
}

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * A label, an optional hint, the control and its error, wired together: the control is labelled
 * by the label and described by the hint and the error.
 */
export function Field({
  prefix,
  name,
  label,
  hint,
  error,
  className,
  children,
}: {
  prefix: string;
  /** The field key: also the key its problems use. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldDomId(prefix, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`form-field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {children({ id, 'aria-describedby': describedBy(hintId, errorId), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/**
 * What to fix before saving, each a link to its field. Shown by the Save button after a failed
 * save; focus goes to the first field, whose own error is read out with it.
 */
export function ProblemList({ prefix, problems, testId }: { prefix: string; problems: readonly FieldProblem[]; testId: string }) {
  if (!problems.length) return null;
  const one = problems.length === 1;
  return (
    <div id={`${prefix}-problems`} className="form-problems" tabIndex={-1} data-testid={testId}>
      <p className="form-problems-title">{one ? 'Before saving, please fix this:' : `Before saving, please fix these ${problems.length} things:`}</p>
      <ul>
        {problems.map((p, i) =>
          p.key === 'form' ? (
            <li key={`form-${i}`} role="alert">
              {p.message}
            </li>
          ) : (
            <li key={p.key}>
              <a
                href={`#${fieldDomId(prefix, p.key)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(prefix, p.key);
                }}
              >
                {p.message}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A polite live region that is always on the page (so screen readers hear what is put in it), with
 * the message shown as a green box only when there is one.
 */
export function StatusMessage({ message, testId }: { message: string; testId: string }) {
  return (
    <div role="status" className="status-region">
      {message ? (
        <p className="message success" data-testid={testId}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
