// The school's term dates: user data, never code (see shared/spec/term-calendar.md).

export interface Term {
  name: string;
  /** First and last school days, YYYY-MM-DD. */
  start: string;
  end: string;
  /** First and last weekdays of the half-term break. */
  halfTermStart: string;
  halfTermEnd: string;
}

export interface TermCalendar {
  name: string;
  terms: Term[];
  /** INSET and other closure days inside terms. */
  closures?: string[];
}
