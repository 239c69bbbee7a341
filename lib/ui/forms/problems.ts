// A form's problems in the order the form shows its fields, each tied to the field it is about, so
// the form can list them, mark each field, and move focus to the first.

export interface FieldProblem {
  /** The field: "startsOn", "provision:<id>:what"; "form" for a problem with no one field. */
  key: string;
  message: string;
}

/** The message for one field, or undefined when it has none. */
export function problemFor(problems: readonly FieldProblem[], key: string): string | undefined {
  return problems.find((p) => p.key === key)?.message;
}

/** Adds the messages of a store check (planProblems, childProblems) that the form did not already say. */
export function withStoreProblems(problems: readonly FieldProblem[], store: readonly string[]): FieldProblem[] {
  const said = new Set(problems.map((p) => p.message));
  return [...problems, ...store.filter((m) => !said.has(m)).map((message) => ({ key: 'form', message }))];
}
