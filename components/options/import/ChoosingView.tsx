import { useCallback, useMemo, useState } from 'react';
import type { ImportChoice, ScanReport } from '@/lib/import/worker/protocol';
import { countChosen, dateRangeProblem, importChoice, initialLetters, initialSenders, withSenders } from '@/lib/ui/import/choice';
import { foundDatesHint, foundSummary, importButtonLabel } from '@/lib/ui/import/choice-wording';
import { DateRange } from '@/components/options/import/DateRange';
import { LetterChoice } from '@/components/options/import/LetterChoice';
import { SenderChoice } from '@/components/options/import/SenderChoice';
import { UnreadableList } from '@/components/options/import/UnreadableList';

interface Props {
  report: ScanReport;
  onStart(choice: ImportChoice): void;
  onReset(): void;
}

/** What the files hold, and the parent's choice of what to bring in. Nothing is saved until Import. */
export function ChoosingView({ report, onStart, onReset }: Props) {
  // Keyed by address: a Set stays quick with thousands of senders.
  const [senders, setSenders] = useState(() => initialSenders(report));
  const [letters, setLetters] = useState(() => initialLetters(report));
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');

  const tickSenders = useCallback((addresses: readonly string[], ticked: boolean) => setSenders((s) => withSenders(s, addresses, ticked)), []);
  const tickLetter = useCallback((key: string, ticked: boolean) => setLetters((s) => withSenders(s, [key], ticked)), []);

  const count = useMemo(() => countChosen(report.senders, senders, fromDay, toDay), [report.senders, senders, fromDay, toDay]);
  const problem = dateRangeProblem(fromDay, toDay);
  const label = importButtonLabel(count, letters.size, report.emails > 0);
  const nothing = count.emails === 0 && letters.size === 0;
  const found = report.emails > 0 || report.letters.length > 0;

  return (
    <div className="import-phase">
      <h3 className="import-phase-heading" tabIndex={-1} data-import-focus data-testid="import-found">
        {foundSummary(report)}
      </h3>
      {report.emails > 0 ? <SenderChoice groups={report.senders} chosen={senders} onTick={tickSenders} /> : null}
      {report.letters.length > 0 ? <LetterChoice letters={report.letters} chosen={letters} onTick={tickLetter} /> : null}
      <UnreadableList problems={report.unreadable} heading="Could not be read" testId="import-unreadable" />
      {report.emails > 0 ? (
        <DateRange
          fromDay={fromDay}
          toDay={toDay}
          onChange={(from, to) => {
            setFromDay(from);
            setToDay(to);
          }}
          earliest={report.earliest}
          latest={report.latest}
          hint={foundDatesHint(report)}
          problem={problem}
        />
      ) : null}
      <div className="import-actions">
        {found ? (
          <button type="button" className="button-primary" disabled={nothing || problem !== null} onClick={() => onStart(importChoice(senders, letters, fromDay, toDay))} data-testid="import-start">
            {label}
          </button>
        ) : null}
        <button type="button" className="button-small" onClick={onReset}>
          Choose other files
        </button>
      </div>
      {found && nothing ? <p className="quiet small">Tick at least one sender or letter to import.</p> : null}
      {!count.exact ? <p className="quiet small">The dates cut across some senders’ emails, so the exact number is known only once the import runs.</p> : null}
      {found ? <p className="quiet small">Emails already in On Record are recognised and not saved twice.</p> : null}
    </div>
  );
}
