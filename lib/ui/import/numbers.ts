// Counts as a parent reads them: "48,210 emails", "1 email". British English, never "1 emails".
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "48,210". */
export function formatCount(n: number): string {
  return NUMBER.format(n);
}

/** "1 email", "48,210 emails": the noun follows the number. */
export function counted(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
