// The highlighter's request: analyse the messages open in a page and say which are already saved.
// Runs in the service worker, so the page never loads the language libraries.
import { analyse } from '@/lib/analysis/analyse';
import { parseSender } from '@/lib/analysis/context';
import { toLocalIso } from '@/lib/sites/dom/sent-date';
import type { OnRecordDatabase } from '@/lib/db/database';
import { loadCalendarLookup } from '@/lib/db/repositories/calendar-lookup';
import { allChildren } from '@/lib/db/repositories/children';
import { recordsByMessageIds } from '@/lib/db/repositories/records';
import type { PageTextItem, PageTextResult } from '@/lib/protocol/highlighter';
import { guessChild, type RecordForGuess } from '@/lib/plan/assign/guess-child';
import { toPageFindings } from '@/lib/highlight/background/to-page-findings';

/** Longer bodies are analysed up to here; offsets still index the item's text. */
export const MAX_ANALYSED_CHARS = 100_000;

function sentAtOf(item: PageTextItem, now: Date): string {
  return item.sentAt && !Number.isNaN(Date.parse(item.sentAt)) ? item.sentAt : toLocalIso(now);
}

function forGuess(item: PageTextItem): RecordForGuess {
  const from = parseSender(item.from);
  return { from: from.name || from.address ? from : null, to: [], cc: [], subject: item.subject, text: item.text, quotedText: '' };
}

/**
 * Findings for each message, read against the term dates of the child it is about: the child it
 * is filed under when saved, else the child it is clearly about, else no calendar.
 */
export async function analysePageItems(db: OnRecordDatabase, pageItems: readonly PageTextItem[], now = new Date()): Promise<PageTextResult[]> {
  // Cut to the limit before anything reads the text (the child guess included).
  const items = pageItems.map((item) => (item.text.length > MAX_ANALYSED_CHARS ? { ...item, text: item.text.slice(0, MAX_ANALYSED_CHARS) } : item));
  const ids = [...new Set(items.map((i) => i.messageId).filter((id): id is string => !!id))];
  const [lookup, children, saved] = await Promise.all([
    loadCalendarLookup(db),
    allChildren(db),
    recordsByMessageIds(db, ids),
  ]);
  const savedById = new Map(saved.map((r) => [r.messageId, r]));
  return items.map((item) => {
    const record = item.messageId ? savedById.get(item.messageId) : undefined;
    const childId = record?.childId ?? guessChild(forGuess(item), children)?.childId ?? null;
    const { calendar } = lookup(childId);
    let findings: PageTextResult['findings'] = [];
    if (item.text.trim()) {
      try {
        const analysis = analyse({ sentAt: sentAtOf(item, now), from: item.from, subject: item.subject, body: item.text }, { calendar });
        findings = toPageFindings(analysis, { hasCalendar: calendar !== null });
      } catch (error) {
        console.error('On Record: analysis of an open message failed', error);
      }
    }
    return { key: item.key, findings, saved: record !== undefined };
  });
}
