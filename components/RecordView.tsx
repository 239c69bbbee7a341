import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  formatDateTime,
  isWebLink,
  kindLabel,
  machineDate,
  personName,
  subjectOrPlaceholder,
} from '@/lib/ui/format';
import type { SavedRecord } from '@/lib/records/types';
import type { Person } from '@/lib/capture/types';
import { useRecord } from './use-records';
import { MessageFrame } from './MessageFrame';

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
  return <RecordDetails record={record} back={back} />;
}

function RecordDetails({ record, back }: { record: SavedRecord; back: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [showText, setShowText] = useState(false);
  const subject = subjectOrPlaceholder(record.subject);
  const hasHtml = record.html.trim() !== '';

  useEffect(() => {
    headingRef.current?.focus();
  }, [record.id]);

  const sent = formatDateTime(record.sentAt);

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
          <Field label="Sent">
            {sent ? <time dateTime={machineDate(record.sentAt)}>{sent}</time> : null}
            {record.sentAtText && record.sentAtText.trim() !== sent ? (
              <span className="shown-as">
                {sent ? 'Shown on the page as: ' : ''}“{record.sentAtText.trim()}”
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
        {record.attachments.length > 0 ? (
          <Field label={record.attachments.length === 1 ? 'Attachment' : 'Attachments'}>
            <ul className="attachments">
              {record.attachments.map((name, i) => (
                <li key={`${i}-${name}`}>{name}</li>
              ))}
            </ul>
            <span className="quiet small">The names were saved; the files themselves were not.</span>
          </Field>
        ) : null}
      </dl>

      {hasHtml ? (
        <div className="view-toggle">
          <button type="button" className="button-small" aria-pressed={showText} onClick={() => setShowText((v) => !v)}>
            {showText ? 'Show as it looked' : 'Show plain text'}
          </button>
        </div>
      ) : null}

      <div className="message-body">
        {hasHtml ? (
          <div hidden={showText}>
            <MessageFrame html={record.html} text={record.text} title={subject} />
          </div>
        ) : null}
        {/* Both views stay in the page; the toggle only hides one, so switching keeps your place. */}
        <div className="plain-text" data-testid="record-text" hidden={hasHtml && !showText}>
          {record.text.trim() || <span className="quiet">No text was saved for this item.</span>}
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
