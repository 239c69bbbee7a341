import type { TermDraft, TermField } from '@/lib/ui/forms/term-draft';
import { termKey } from '@/lib/ui/forms/term-draft';
import { problemFor, type FieldProblem } from '@/lib/ui/forms/problems';
import { describedBy, fieldDomId } from '@/components/forms/form-parts';

const COLUMNS: { field: TermField; label: string; testId: string }[] = [
  { field: 'name', label: 'Term', testId: 'term-name' },
  { field: 'start', label: 'First day', testId: 'term-start' },
  { field: 'halfTermStart', label: 'Half term first day', testId: 'term-half-start' },
  { field: 'halfTermEnd', label: 'Half term last day', testId: 'term-half-end' },
  { field: 'end', label: 'Last day', testId: 'term-end' },
];

/** The terms, a row each: name, first and last days and the half-term break, each with its error. */
export function TermsTable({
  prefix,
  terms,
  problems,
  onChange,
  onAdd,
  onRemove,
}: {
  prefix: string;
  terms: readonly TermDraft[];
  problems: readonly FieldProblem[];
  onChange(key: string, field: TermField, value: string): void;
  onAdd(): void;
  onRemove(term: TermDraft, index: number): void;
}) {
  const termsProblem = problemFor(problems, 'terms');
  return (
    <>
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
            {terms.map((t, i) => {
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
                          onChange={(e) => onChange(t.key, c.field, e.target.value)}
                          aria-describedby={describedBy(error && `${id}-error`)}
                          aria-invalid={error ? true : undefined}
                          data-testid={c.testId}
                        />
                      </td>
                    );
                  })}
                  <td className="term-remove-cell">
                    <button type="button" className="button-small button-quiet" onClick={() => onRemove(t, i)} data-testid="term-remove">
                      Remove<span className="visually-hidden"> {label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {termsProblem ? (
        <p className="field-error" role="alert">
          {termsProblem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" id={`${prefix}-add-term`} className="button-small" onClick={onAdd} data-testid="terms-add">
          + Add a term
        </button>
      </div>
    </>
  );
}
