// The figures the benchmarks print: medians, percentiles and worst cases of timings.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The nearest-rank percentile: with 15 runs, p95 is the worst. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export const worst = (values: readonly number[]): number => (values.length === 0 ? NaN : Math.max(...values));

export const finite = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

// ------------------------------------------------------------------ targets and the summary table

/** One target of `npm run bench`, as a row of the summary: pass is null when it could not be measured. */
export interface TargetResult {
  name: string;
  measured: string;
  target: string;
  pass: boolean | null;
}

/**
 * `npm run bench` runs each part as its own process; every part appends its targets (one JSON line
 * each) to the file this variable names, and the first part prints them all as one table at the end.
 */
export const RESULTS_ENV = 'ON_RECORD_BENCH_RESULTS';

export function reportTarget(result: TargetResult): void {
  const file = process.env[RESULTS_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(result)}\n`);
}

export function readTargets(file: string): TargetResult[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TargetResult);
}

const verdictOf = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');

/** A plain-text table: target, measured, wanted, PASS / FAIL / n/a. */
export function summaryTable(results: readonly TargetResult[]): string {
  const rows = [['target', 'measured', 'wanted', 'result'], ...results.map((r) => [r.name, r.measured, r.target, verdictOf(r.pass)])];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `  ${r.slice(0, 3).map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}  ${r[3]}`;
  return [line(rows[0]!), `  ${'-'.repeat(widths.reduce((a, b) => a + b + 2, 0) + 6)}`, ...rows.slice(1).map(line)].join('\n');
}
