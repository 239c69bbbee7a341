import { useState } from 'react';
import type { Child } from '@/lib/model/plan';
import { fileRecords, useUnfiledRecordIds } from '@/components/hooks/use-filing';

/** Offers to file saved emails that look like they are about this child but are filed under none. */
export function UnfiledNotice({ child }: { child: Child }) {
  const [ids, setIds] = useUnfiledRecordIds(child);
  const [status, setStatus] = useState('');
  if (!ids.length) return status ? <p role="status">{status}</p> : null;
  const n = ids.length;
  const file = async () => {
    try {
      await fileRecords(ids, child.id);
      setIds([]);
      setStatus(`Filed ${n === 1 ? '1 email' : `${n} emails`} under ${child.name}.`);
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
