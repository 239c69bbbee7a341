import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  formatDateTime,
  formatSentAt,
  isWebLink,
  kindLabel,
  machineDate,
  personName,
  subjectOrPlaceholder,
} from '@/lib/ui/format';
import type { SavedRecord } from '@/lib/model/record';
import type { Person } from '@/lib/model/captured-item';
import type { StoredFinding } from '@/lib/model/finding';
import { alignFinding } from '@/lib/ui/highlight-segments';
import { useRecord } from '@/components/hooks/use-records';
import { useFindings } from '@/components/hooks/use-findings';
import { MessageFrame } from '@/components/record/MessageFrame';
import { FindingsSection } from '@/components/record/FindingsSection';
import { FindingsKey, MarkedText, markId } from '@/components/record/MarkedText';
import { RecordChildPicker } from '@/components/record/RecordChildPicker';
import { LinkControl } from '@/components/shared/LinkControl';
import { usePlanLinks } from '@/components/hooks/use-plan-links';
import { sentenceAround } from '@/lib/ui/sentence-around';
import { todayIso } from '@/lib/calendar/today';

interface Props {
  recordId: string;
  onBack: () => void;
}

export function RecordView({ recordId, onBack }: Props) {
  const record = useRecord(recordId);
  const back = (
    <button type="button" className="back-button" onClick={onBack}>
      <span aria-hidden="true">←</span> Back to the list
    </button>
  );

  if (record === undefined) {
    return (
      <div className="record-view" aria-busy="true">
        {back}
        <p className="quiet">Opening…</p>
      </div>
    );
  }
  if (record === null) {
    return (
      <div className="record-view">
        {back}
        <p role="alert">This item is no longer in your record.</p>
      </div>
    );
  }
  return <RecordDetails key={record.id} record={record} back={back} />;
}

type MessageView = 'text' | 'html';

function RecordDetails({ record, back }: { record: SavedRecord; back: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const subject = subjectOrPlaceholder(record.subject);
  const hasHtml = record.html.trim() !== '';
  const found = useFindings(record.id);
  const planLinks = usePlanLinks(record.childId);
  const renderLink = useCallback(
    (finding: StoredFinding) =>
      planLinks && record.childId ? (
        <LinkControl
          finding={finding}
          childId={record.childId}
          plans={planLinks.plans}
          link={planLinks.links.get(finding.id)}
          senderName={record.from?.name ?? ''}
          subject={record.subject}
          today={todayIso()}
          sentence={sentenceAround(record.text, finding.start, finding.end)}
        />
      ) : null,
    [planLinks, record],
  );

  // The text as shown (without blank lines around it), and the findings placed in it.
  const lead = record.text.length - record.text.trimStart().length;
  const shownText = record.text.trim();
  const placed = useMemo(() => {
    const list: StoredFinding[] = [];
    for (const f of found?.findings ?? []) {
      const aligned = alignFinding(shownText, { ...f, start: f.start - lead, end: f.end - lead });
      if (aligned) list.push(aligned);
    }
    return list;
  }, [found, shownText, lead]);
  const hasFindings = (found?.findings.length ?? 0) > 0;

  // Until the reader picks a view: the text with its findings marked when there are any, else the
  // message as it looked.
  const [chosenView, setChosenView] = useState<MessageView | null>(null);
  const view: MessageView = !hasHtml ? 'text' : (chosenView ?? (hasFindings ? 'text' : 'html'));

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<{ id: string } | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [record.id]);

  const showInText = useCallback((findingId: string) => {
    setSelectedId(findingId);
    setChosenView((v) => (v === 'html' ? 'text' : v));
    setPendingFocus({ id: findingId });
  }, []);

  // Once the text is showing, bring the finding's words into view, focus them and flash them.
  useEffect(() => {
    if (!pendingFocus || view !== 'text') return;
    setPendingFocus(null);
    const mark = document.getElementById(markId(pendingFocus.id));
    if (!mark) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
    flash(mark, reduceMotion);
  }, [pendingFocus, view]);

  const selectFromText = useCallback((findingId: string) => {
    setSelectedId(findingId);
    const item = document.querySelector<HTMLElement>(`[data-testid="finding"][data-finding-id="${CSS.escape(findingId)}"]`);
    if (!item) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    item.querySelector<HTMLElement>('.finding-quote')?.focus({ preventScroll: true });
    flash(item, reduceMotion);
  }, []);

  const sent = formatSentAt(record);
  const letter = record.kind === 'letter';

  return (
    <article className="record-view" data-testid="record-view" data-record-id={record.id} aria-labelledby="record-heading">
      {back}
      <p className="record-kind">
        <span className={`kind-badge kind-${record.kind}`}>{kindLabel(record.kind)}</span>
      </p>
      <h1 id="record-heading" className="record-heading" tabIndex={-1} ref={headingRef}>
        {subject}
      </h1>

      <dl className="record-meta">
        {record.from && personName(record.from) ? (
          <Field label="From">
            <People people={[record.from]} />
          </Field>
        ) : null}
        {record.to.some((p) => personName(p)) ? (
          <Field label="To">
            <People people={record.to} />
          </Field>
        ) : null}
        {record.cc.some((p) => personName(p)) ? (
          <Field label="Cc">
            <People people={record.cc} />
          </Field>
        ) : null}
        {sent || record.sentAtText ? (
          <Field label={letter ? 'Dated' : 'Sent'}>
            {sent ? <time dateTime={machineDate(record.sentAt)}>{sent}</time> : null}
            {record.sentAtText && record.sentAtText.trim() !== sent ? (
              <span className="shown-as">
                {sent ? (letter ? 'Written in it as: ' : 'Shown on the page as: ') : ''}“{record.sentAtText.trim()}”
              </span>
            ) : null}
          </Field>
        ) : null}
        <Field label="Saved">
          <time dateTime={machineDate(record.capturedAt)}>{formatDateTime(record.capturedAt)}</time>
        </Field>
        {record.url ? (
          <Field label="Web address">
            {isWebLink(record.url) ? (
              <a href={record.url} target="_blank" rel="noreferrer" className="url-link">
                {record.url}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <span className="url-link">{record.url}</span>
            )}
          </Field>
        ) : null}
        {record.file ? (
          <Field label="Imported from">
            <span className="url-link">{record.file}</span>
            {record.attachedTo ? <span className="quiet small"> (an attachment of an imported email)</span> : null}
          </Field>
        ) : null}
        {record.attachments.length > 0 ? (
          <Field label={record.attachments.length === 1 ? 'Attachment' : 'Attachments'}>
            <ul className="attachments">
              {record.attachments.map((name, i) => (
                <li key={`${i}-${name}`}>{name}</li>
              ))}
            </ul>
            <span className="quiet small">
              {record.adapter === 'import'
                ? 'PDF and Word letters among them were saved as letters of their own; other files were not kept.'
                : 'The names were saved; the files themselves were not.'}
            </span>
          </Field>
        ) : null}
      </dl>

      <RecordChildPicker record={record} />

      {found?.analysed ? <FindingsSection findings={found.findings} selectedId={selectedId} onShow={showInText} renderExtra={renderLink} /> : null}

      {hasHtml ? (
        <div className="view-toggle" role="group" aria-label="How to show the message">
          <button type="button" className="button-small toggle-option" aria-pressed={view === 'text'} onClick={() => setChosenView('text')}>
            {hasFindings ? 'Text with findings' : 'Plain text'}
          </button>
          <button type="button" className="button-small toggle-option" aria-pressed={view === 'html'} onClick={() => setChosenView('html')}>
            As it looked
          </button>
        </div>
      ) : null}

      <div className="message-body">
        {hasHtml ? (
          <div hidden={view !== 'html'}>
            <MessageFrame html={record.html} text={record.text} title={subject} />
          </div>
        ) : null}
        {/* Both views stay in the page; the toggle only hides one, so switching keeps your place. */}
        {view === 'text' ? <FindingsKey findings={placed} /> : null}
        <div
          className={placed.length > 0 ? 'plain-text marked-text' : 'plain-text'}
          data-testid="record-text"
          hidden={view !== 'text'}
          aria-label={placed.length > 0 ? 'The message, with what On Record found marked' : undefined}
          role={placed.length > 0 ? 'region' : undefined}
        >
          {shownText ? (
            <MarkedText text={shownText} findings={placed} selectedId={selectedId} onSelect={selectFromText} />
          ) : (
            <span className="quiet">No text was saved for this item.</span>
          )}
        </div>
      </div>

      {record.quotedText.trim() ? (
        <details className="extra">
          <summary>Earlier messages in this thread</summary>
          <div className="plain-text">{record.quotedText}</div>
        </details>
      ) : null}
      {record.signature.trim() ? (
        <details className="extra">
          <summary>Signature</summary>
          <div className="plain-text">{record.signature}</div>
        </details>
      ) : null}
    </article>
  );
}

/** A short glow around an element the reader was just taken to (none when motion is reduced). */
function flash(element: HTMLElement, reduceMotion: boolean): void {
  if (reduceMotion || typeof element.animate !== 'function') return;
  const colour = getComputedStyle(element).getPropertyValue('--focus').trim() || '#1a56db';
  element.animate([{ boxShadow: `0 0 0 6px ${colour}` }, { boxShadow: `0 0 0 0 transparent` }], { duration: 1400, easing: 'ease-out' });
}

/** Each person on a line: the name, then the address in smaller type (or whichever was shown). */
function People({ people }: { people: readonly Person[] }) {
  const shown = people.filter((p) => personName(p));
  return (
    <ul className="people">
      {shown.map((person, i) => {
        const name = person.name.trim();
        const address = person.address.trim();
        return (
          <li key={`${i}-${address}-${name}`}>
            {name ? <span className="person-name">{name}</span> : null}
            {address && address.toLowerCase() !== name.toLowerCase() ? (
              <span className="person-address">
                {name ? <span className="visually-hidden">, </span> : null}
                {address}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
