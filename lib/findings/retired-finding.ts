// A finding the current rules no longer find, kept because the parent marked or linked it and no
// new finding of its kind covers any of its words. It keeps its id, so the parent's mark and link
// stay on it, and it is stored with the record's other findings, so the record's text, the side
// panel and the timeline go on showing it (and the promise's kept / not kept) as before. It carries
// `retired`, so a view can say the current rules would not flag it. Pure.
import type { FindingSpan } from '@/lib/findings/finding-id';
import type { Retirement, StoredFinding } from '@/lib/model/finding';
import type { ConcernType, VagueCategory } from '@/lib/analysis/types';

// The model holds the field (lib/model/finding.ts); re-exported for the code that retires findings.
export type { Retirement };

export type RetiredFinding = StoredFinding & { retired: Retirement };

export function isRetired(finding: StoredFinding): finding is RetiredFinding {
  const retired = finding.retired;
  return typeof retired === 'object' && retired !== null && typeof retired.version === 'number';
}

// Words for a finding known only by its id (its stored copy is gone, as after a restore from a
// backup made by another install): what it was about is the parent's mark or link on it.
export const STUB_WHY = 'On Record’s rules no longer pick out these words, but you marked or linked them, so they stay.';

/** The stored finding as it was, or one rebuilt from its id and the record's text when it is gone. */
function asStored(span: FindingSpan, before: StoredFinding | undefined, text: string, childId: string | null): StoredFinding {
  if (before) return { ...before, childId };
  const base = { id: span.id, recordId: span.recordId, childId, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  switch (span.kind) {
    case 'commitment':
      return { ...base, kind: 'commitment', actor: '', due: null, hedged: false, conditional: false };
    case 'date':
      return { ...base, kind: 'date', date: null };
    // Not a category or type the rules use: words.ts shows unknown ones as "Not clear" and "Worth checking".
    case 'vague':
      return { ...base, kind: 'vague', category: 'unknown' as VagueCategory, why: STUB_WHY, ask: '' };
    case 'concern':
      return { ...base, kind: 'concern', type: 'unknown' as ConcernType, explanation: STUB_WHY };
  }
}

/**
 * The stub kept for a gone finding the parent entered something on. A finding retired before keeps
 * when it was first retired.
 */
export function retireFinding(
  span: FindingSpan,
  before: StoredFinding | undefined,
  record: { text: string; childId: string | null },
  retirement: Retirement,
): RetiredFinding {
  const stored = asStored(span, before, record.text, record.childId);
  return { ...stored, retired: before && isRetired(before) ? before.retired : retirement };
}
