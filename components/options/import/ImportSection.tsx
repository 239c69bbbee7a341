// "Import emails, letters or plans" on the settings page. The import worker (behind useImport)
// reads and writes; this section only shows each step and passes the parent's choices on.
import { useEffect, useRef } from 'react';
import { useImport } from '@/components/hooks/use-import';
import { finishedSentence } from '@/lib/ui/import/result-wording';
import { ChoosingView } from '@/components/options/import/ChoosingView';
import { FilePicker } from '@/components/options/import/FilePicker';
import { ImportingView } from '@/components/options/import/ImportingView';
import { ImportResult } from '@/components/options/import/ImportResult';
import { ScanningView } from '@/components/options/import/ScanningView';
import { useFileDrop } from '@/components/options/import/use-file-drop';
import './import.css';

export function ImportSection() {
  const { state, chooseFiles, start, cancel, reset } = useImport();
  const section = useRef<HTMLElement>(null);
  const phase = state.phase;
  // Files may be dropped while nothing is being read or saved; a drop then starts afresh.
  const drop = useFileDrop(chooseFiles, phase === 'idle' || phase === 'finished' || phase === 'failed');

  // Each step puts focus on its heading (or the result) so keyboard and screen-reader users
  // follow along; not on first load, which must not pull the page down to this card.
  const focusedPhase = useRef(phase);
  useEffect(() => {
    if (focusedPhase.current === phase) return;
    focusedPhase.current = phase;
    section.current?.querySelector<HTMLElement>('[data-import-focus]')?.focus();
  }, [phase]);

  return (
    <section ref={section} className={drop.dragging ? 'card import-card is-dragging' : 'card import-card'} aria-labelledby="import-heading" data-testid="import-section" {...drop.handlers}>
      <h2 id="import-heading">Import emails, letters or plans</h2>
      <p>
        Bring in what you already have: a mailbox (.mbox) from Gmail Takeout, Thunderbird or Apple Mail, a Google Takeout .zip,
        emails saved as .eml or Outlook .msg files, PDF and Word letters, reports and plans, and .txt or .html files. They are read on
        this computer and nothing leaves it; nothing is saved until you choose what to bring in.
      </p>

      <div role="status" aria-live="polite" className="import-status" tabIndex={-1} data-import-focus={phase === 'finished' ? true : undefined} data-testid="import-status">
        {phase === 'finished' ? <p className="message success">{finishedSentence(state.summary)}</p> : null}
      </div>

      {phase === 'idle' ? <FilePicker onFiles={chooseFiles} dragging={drop.dragging} /> : null}
      {phase === 'scanning' ? <ScanningView progress={state.progress} onStop={reset} /> : null}
      {phase === 'choosing' ? <ChoosingView report={state.report} onStart={start} onReset={reset} /> : null}
      {phase === 'importing' ? <ImportingView progress={state.progress} startedAt={state.startedAt} cancelling={state.cancelling} onCancel={cancel} /> : null}
      {phase === 'finished' ? <ImportResult summary={state.summary} onAgain={reset} /> : null}
      {phase === 'failed' ? (
        <div className="import-phase">
          <p className="message error" role="alert" tabIndex={-1} data-import-focus data-testid="import-failed">
            {state.error}
          </p>
          <div className="import-actions">
            <button type="button" className="button-small" onClick={reset}>
              Choose other files
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
