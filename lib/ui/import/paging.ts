// Long lists (thousands of senders) are shown a page at a time, so no render blocks the page.
import { formatCount } from '@/lib/ui/import/numbers';

/** How many rows a list shows at first and adds with each "Show more". */
export const PAGE_SIZE = 50;

/** "Show 50 more", "Show 3 more addresses", or '' when every row is shown already. */
export function showMoreLabel(shown: number, total: number, nouns?: { one: string; many: string }): string {
  const n = Math.min(PAGE_SIZE, total - shown);
  if (n <= 0) return '';
  const noun = nouns ? ` ${n === 1 ? nouns.one : nouns.many}` : '';
  return `Show ${formatCount(n)} more${noun}`;
}
