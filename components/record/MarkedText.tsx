import { useMemo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { StoredFinding } from '@/lib/model/finding';
import { FINDING_KINDS, KIND_TABLE, markClass } from '@/lib/findings/kinds';
import { isRetired } from '@/lib/findings/retired-finding';
import { RETIRED_KEY_NAME, describeFinding } from '@/lib/findings/words';
import { highlightSegments, nestSegments, type HighlightNode } from '@/lib/ui/highlight-segments';

interface Props {
  /** The text as shown. */
  text: string;
  /** Findings with offsets into `text` (already aligned to it). */
  findings: readonly StoredFinding[];
  selectedId: string | null;
  onSelect: (findingId: string) => void;
}

/** The id of the element holding a finding's words: `finding-ID`. */
export const markId = (findingId: string) => `finding-${findingId}`;
const descriptionId = (findingId: string) => `finding-label-${findingId}`;

/**
 * The message's text with each finding's words marked: a colour and a line style per kind (so
 * colour is never the only sign). A finding inside another is a mark inside its mark.
 */
export function MarkedText({ text, findings, selectedId, onSelect }: Props) {
  const byId = useMemo(() => new Map(findings.map((f) => [f.id, f])), [findings]);
  const nodes = useMemo(() => nestSegments(highlightSegments(text, findings)), [text, findings]);

  const select = (event: MouseEvent | KeyboardEvent, findingId: string) => {
    // The innermost mark answers; the ones around it do not.
    event.stopPropagation();
    onSelect(findingId);
  };

  const draw = (list: HighlightNode[]): ReactNode[] =>
    list.map((node) => {
      if (node.type === 'text') return node.text;
      const finding = byId.get(node.findingId);
      if (!finding) return draw(node.children);
      const classes = ['finding-mark', markClass(finding.kind)];
      // Kept only for the parent's mark or link: drawn lighter, and its label says so.
      if (isRetired(finding)) classes.push('is-retired');
      if (node.findingId === selectedId) classes.push('is-selected');
      return (
        <mark
          key={`${node.findingId}@${node.start}`}
          id={node.first ? markId(node.findingId) : undefined}
          className={classes.join(' ')}
          data-finding-id={node.findingId}
          data-kind={finding.kind}
          data-retired={isRetired(finding) ? 'true' : undefined}
          tabIndex={node.first ? -1 : undefined}
          title={describeFinding(finding)}
          aria-describedby={descriptionId(node.findingId)}
          onClick={(event) => select(event, node.findingId)}
        >
          {draw(node.children)}
        </mark>
      );
    });

  return (
    <>
      {draw(nodes)}
      {/* Short labels the marks point at; hidden, but read out with a mark. */}
      <span hidden>
        {findings.map((f) => (
          <span key={f.id} id={descriptionId(f.id)}>
            {describeFinding(f)}
          </span>
        ))}
      </span>
    </>
  );
}

/**
 * Which mark is which, for the kinds present: each shown as it looks in the text, and the lighter
 * look of a finding kept only for the parent's mark or link, when there is one.
 */
export function FindingsKey({ findings }: { findings: readonly StoredFinding[] }) {
  const present = new Set(findings.map((f) => f.kind));
  const kinds = FINDING_KINDS.filter((k) => present.has(k));
  if (kinds.length === 0) return null;
  const retired = findings.find(isRetired);
  return (
    <ul className="findings-key" aria-label="Key to the marks in the text">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`finding-mark ${markClass(kind)}`}>{KIND_TABLE[kind].keyName}</span>
        </li>
      ))}
      {retired ? (
        <li data-testid="findings-key-retired">
          <span className={`finding-mark ${markClass(retired.kind)} is-retired`}>{RETIRED_KEY_NAME}</span>
        </li>
      ) : null}
    </ul>
  );
}
