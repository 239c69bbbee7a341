import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { askToReadAgain } from '@/components/hooks/ask-to-read-again';
import type { Child } from '@/lib/model/plan';
import { assignRecords } from '@/lib/db/repositories/assign-record';
import { unfiledRecordIdsFor } from '@/lib/db/repositories/unfiled';

/** Offers to file saved emails that look like they are about this child but are filed under none. */
export function UnfiledNotice({ child }: { child: Child }) {
  const [ids, setIds] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  // Looked for once when the page opens (not live): it reads whole emails, and is only a nudge.
  useEffect(() => {
    let live = true;
    unfiledRecordIdsFor(getDatabase(), child).then(
      (found) => live && setIds(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [child]);
  if (!ids.length) return status ? <p role="status">{status}</p> : null;
  const n = ids.length;
  const file = async () => {
    try {
      await assignRecords(getDatabase(), ids, child.id);
      setIds([]);
      setStatus(`Filed ${n === 1 ? '1 email' : `${n} emails`} under ${child.name}.`);
      askToReadAgain();
    } catch (error) {
      setStatus(`Nothing was filed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="notice" data-testid="unfiled-notice" role="region" aria-label="Emails not filed under a child">
      <p>
        {n === 1 ? '1 saved email looks' : `${n} saved emails look`} like {n === 1 ? 'it is' : 'they are'} about {child.name} but{' '}
        {n === 1 ? 'is' : 'are'} not filed under any child.
      </p>
      <button type="button" className="button-small" onClick={() => void file()} data-testid="unfiled-file">
        File {n === 1 ? 'it' : 'them'} under {child.name}
      </button>{' '}
      <button type="button" className="button-small button-quiet" onClick={() => setIds([])}>
        Not now
      </button>
    </div>
  );
}
