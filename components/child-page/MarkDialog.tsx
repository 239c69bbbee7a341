import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { StoredFinding } from '@/lib/model/finding';
import { recordDayOf } from '@/lib/plan/timeline/record-day';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { CommitmentMark } from '@/lib/model/plan';
import { clearMark, setMark } from '@/components/hooks/use-marks';
import { recordOptions } from '@/components/child-page/record-options';
import { Options } from '@/components/shared/Options';

export interface MarkTarget {
  finding: Extract<StoredFinding, { kind: 'commitment' }>;
}

const MAX_CHOICES = 200;

/** Mark a promise kept or not kept, pointing at the saved email that shows it. */
export function MarkDialog({ target, set, onClose }: { target: MarkTarget; set: ChildRecordSet; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const existing: CommitmentMark | undefined = set.marks.find((m) => m.findingId === target.finding.id);
  const [status, setStatus] = useState<CommitmentMark['status']>(existing?.status ?? 'kept');
  const [evidence, setEvidence] = useState<string>(existing?.evidenceRecordId ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [search, setSearch] = useState('');
  const [error, setError] = useState('');

  // Back to where the parent was when the dialog closes; if that button has gone (the flag cleared),
  // to the list of flags.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const closed = () => {
    onClose();
    requestAnimationFrame(() => {
      const back = opener.current?.isConnected ? opener.current : document.getElementById('attention-heading');
      if (back && !back.hasAttribute('tabindex') && !back.matches('button, a, input, select, textarea')) back.setAttribute('tabindex', '-1');
      back?.focus();
    });
  };

  const promisedOn = useMemo(() => {
    const head = set.records.find((r) => r.id === target.finding.recordId);
    return head ? recordDayOf(head) : null;
  }, [set.records, target.finding.recordId]);
  // Evidence usually comes after the promise: those records first, the earlier ones below.
  const choices = useMemo(() => {
    const all = recordOptions(set.records);
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    const matching = (words.length ? all.filter((o) => words.every((w) => o.label.toLowerCase().includes(w))) : all).slice(0, MAX_CHOICES);
    const chosen = evidence && !matching.some((o) => o.id === evidence) ? all.find((o) => o.id === evidence) : undefined;
    const list = chosen ? [chosen, ...matching] : matching;
    return {
      after: promisedOn ? list.filter((o) => o.day >= promisedOn) : list,
      before: promisedOn ? list.filter((o) => o.day < promisedOn) : [],
    };
  }, [set.records, search, promisedOn, evidence]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setMark({
        findingId: target.finding.id,
        childId: set.child.id,
        status,
        evidenceRecordId: evidence || null,
        note,
      });
      dialog.current?.close();
    } catch (e) {
      setError(`The mark could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <dialog ref={dialog} className="mark-dialog" aria-labelledby="mark-heading" onClose={closed} data-testid="mark-dialog">
      <form onSubmit={save}>
        <h2 id="mark-heading">Was this promise kept?</h2>
        <blockquote className="promise-quote">{target.finding.text}</blockquote>
        <fieldset>
          <legend>What happened</legend>
          <label>
            <input type="radio" name="status" value="kept" checked={status === 'kept'} onChange={() => setStatus('kept')} data-testid="mark-kept" /> Kept
          </label>
          <label>
            <input type="radio" name="status" value="not-kept" checked={status === 'not-kept'} onChange={() => setStatus('not-kept')} data-testid="mark-not-kept" /> Not kept
          </label>
        </fieldset>
        <label htmlFor="mark-search">Which saved email or page shows it?</label>
        <input id="mark-search" type="search" placeholder="Type to narrow the list" value={search} onChange={(e) => setSearch(e.target.value)} />
        <select
          aria-label="Saved email or page that shows it"
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          data-testid="mark-evidence"
          size={Math.min(8, choices.after.length + choices.before.length + 3)}
        >
          <option value="">None saved (I know from elsewhere)</option>
          <RecordGroup label="Saved after the promise" records={choices.after} />
          <RecordGroup label="Saved before the promise" records={choices.before} />
        </select>
        <label htmlFor="mark-note">Note (optional)</label>
        <textarea id="mark-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} data-testid="mark-note" />
        {error ? <p role="alert">{error}</p> : null}
        <div className="dialog-actions">
          <button type="submit" className="button-primary" data-testid="mark-save">
            Save
          </button>
          {existing ? (
            <button
              type="button"
              className="button-small"
              onClick={async () => {
                await clearMark(target.finding.id);
                dialog.current?.close();
              }}
            >
              Remove the mark
            </button>
          ) : null}
          <button type="button" className="button-small button-quiet" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Saved records to choose from, under a label; nothing when there are none. */
function RecordGroup({ label, records }: { label: string; records: readonly { id: string; label: string }[] }) {
  if (!records.length) return null;
  return (
    <optgroup label={label}>
      <Options options={records.map((o) => ({ value: o.id, label: o.label }))} />
    </optgroup>
  );
}
