// The sentence that ends an import. Automation reads it: it starts exactly "Import finished:".
import type { ImportSummary } from '@/lib/import/worker/protocol';
import { counted, formatCount } from '@/lib/ui/import/numbers';

/**
 * "Import finished: 211 saved (4 letters from attachments), 3 already saved, 47,996 skipped, 1 could
 * not be read." or, after Cancel, "Import finished: cancelled after 120 saved; 3 already saved, …".
 */
export function finishedSentence(summary: Omit<ImportSummary, 'problems' | 'seconds' | 'done' | 'total'>): string {
  const fromAttachments = summary.attachmentsSaved > 0 ? ` (${counted(summary.attachmentsSaved, 'letter', 'letters')} from attachments)` : '';
  const saved = `${formatCount(summary.saved)} saved${fromAttachments}`;
  const rest = [
    `${formatCount(summary.alreadySaved)} already saved`,
    `${formatCount(summary.skipped)} skipped`,
    `${formatCount(summary.unreadable)} could not be read`,
  ].join(', ');
  return summary.cancelled ? `Import finished: cancelled after ${saved}; ${rest}.` : `Import finished: ${saved}, ${rest}.`;
}

/** What "skipped" means, said once under the sentence, or '' when nothing was skipped. */
export function skippedNote(summary: Pick<ImportSummary, 'skipped'>): string {
  return summary.skipped > 0 ? 'Skipped emails are from senders you did not tick, or outside the dates you chose.' : '';
}

/** What happens to what was saved: filed under the child, on the timeline; after Cancel, how to get the rest. */
export function afterImportNote(summary: Pick<ImportSummary, 'cancelled' | 'saved' | 'filed'>): string {
  const filed =
    summary.saved === 0
      ? ''
      : summary.filed === summary.saved
        ? 'The saved emails and letters are filed under your child and appear on the timeline, like ones you saved yourself.'
        : summary.filed === 0
          ? 'They are saved but not yet filed under a child: add your child, with the school’s email addresses, and On Record files them; or open each one in the side panel and choose who it is about.'
          : `${summary.filed} of them are filed under your child and appear on the timeline; the others are in the side panel, waiting for you to choose who each is about.`;
  const rest = summary.cancelled ? 'Everything saved before you cancelled is kept whole. To bring in the rest, import the same files again: nothing is saved twice.' : '';
  return [filed, rest].filter(Boolean).join(' ');
}

/** "could not be read: This looks like a scan; On Record cannot read scans yet." after the file's name. */
export function problemLine(reason: string): string {
  return `could not be read: ${reason}`;
}
