import { useRef, useState, type ChangeEvent } from 'react';
import type { SchoolCalendar } from '@/lib/model/plan';
import { readCalendarFile } from '@/lib/ui/forms/calendar-file';
import { draftFromCalendar, type CalendarDraft } from '@/lib/ui/forms/term-draft';
import { errorText } from '@/components/forms/form-parts';
import { Options } from '@/components/shared/Options';

/**
 * The ways to get term dates: typical English dates, the school's calendar file, by hand, or the
 * same as a brother's or sister's.
 */
export function CalendarChoices({
  prefix,
  others,
  busy,
  onDefault,
  onByHand,
  onFile,
  onShare,
}: {
  prefix: string;
  /** The other stored calendars, to share. */
  others: readonly SchoolCalendar[];
  busy: boolean;
  onDefault(): void;
  onByHand(): void;
  onFile(draft: CalendarDraft, intro: string, warnings: string[]): void;
  /** Resolves true once the child uses the calendar. */
  onShare(calendar: SchoolCalendar): Promise<boolean>;
}) {
  const [fileError, setFileError] = useState('');
  const [shareId, setShareId] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileError('');
    try {
      const result = await readCalendarFile(file);
      if (!result.ok) {
        setFileError(result.error);
        return;
      }
      const n = result.calendar.terms.length;
      onFile(draftFromCalendar(result.calendar, result.source), `We found ${n === 1 ? 'one term' : `${n} terms`} in ${file.name}. Check them below, then save.`, result.warnings);
    } catch (e) {
      setFileError(`This file could not be read: ${errorText(e)}`);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  // A new choice makes the last file's error old news.
  const choosing = (choose: () => void) => () => {
    setFileError('');
    choose();
  };

  const share = async () => {
    const target = others.find((c) => c.id === shareId);
    if (!target) return;
    if (await onShare(target)) setShareId('');
  };

  return (
    <div className="choice-list">
      <ButtonChoice
        heading="Typical dates"
        text="A quick start: the usual term dates for schools in England, which you can then adjust."
        button="Use typical English term dates"
        onChoose={choosing(onDefault)}
        testId="terms-use-default"
      />
      <div className="choice">
        <h3>The school’s calendar file</h3>
        <p>Many school websites offer their calendar to download or “add to calendar” as an .ics file.</p>
        <label className="file-label" htmlFor={`${prefix}-file`}>
          Import the school’s calendar file (.ics)
        </label>
        <input
          id={`${prefix}-file`}
          ref={fileInput}
          className="file-input"
          type="file"
          accept=".ics,text/calendar,.json,application/json"
          onChange={(e) => void importFile(e)}
          aria-describedby={fileError ? `${prefix}-file-error` : undefined}
          data-testid="terms-import-ics"
        />
        {fileError ? (
          <p id={`${prefix}-file-error`} className="message error" role="alert" data-testid="terms-import-error">
            {fileError}
          </p>
        ) : null}
      </div>
      <ButtonChoice
        heading="By hand"
        text="Type the dates in from the school’s website or newsletter."
        button="Enter dates by hand"
        onChoose={choosing(onByHand)}
        testId="terms-by-hand"
      />
      {others.length ? (
        <div className="choice">
          <h3>Same school as a brother or sister?</h3>
          <div className="inline-controls">
            <label htmlFor={`${prefix}-share`} className="field-label">
              Use the same term dates as
            </label>
            <select id={`${prefix}-share`} className="select-input" value={shareId} onChange={(e) => setShareId(e.target.value)} data-testid="terms-share-select">
              <option value="">Choose…</option>
              <Options options={others.map((c) => ({ value: c.id, label: c.name }))} />
            </select>
            <button type="button" className="button-small" disabled={!shareId || busy} onClick={() => void share()} data-testid="terms-share-use">
              Use these dates
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** One way to get term dates that takes a single press. */
function ButtonChoice({ heading, text, button, onChoose, testId }: { heading: string; text: string; button: string; onChoose(): void; testId: string }) {
  return (
    <div className="choice">
      <h3>{heading}</h3>
      <p>{text}</p>
      <div>
        <button type="button" className="button-small" onClick={onChoose} data-testid={testId}>
          {button}
        </button>
      </div>
    </div>
  );
}
