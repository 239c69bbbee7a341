import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import type { AnalyseStaleRequest } from '@/lib/messages';
import type { Child } from '@/lib/plan/types';
import { assignRecord } from '@/lib/store/assign-record';
import { unfiledRecordIdsFor } from '@/lib/store/unfiled';

/** Offers to file saved emails that look like they are about this child but are filed under none. */
export function UnfiledNotice({ child }: { child: Child }) {
  const ids = useLiveQuery(() => unfiledRecordIdsFor(getDatabase(), child), [child]);
  const [status, setStatus] = useState('');
  if (!ids?.length) return status ? <p role="status">{status}</p> : null;
  const file = async () => {
    const db = getDatabase();
    for (const id of ids) await assignRecord(db, id, child.id);
    setStatus(`Filed ${ids.length === 1 ? '1 email' : `${ids.length} emails`} under ${child.name}.`);
    const request: AnalyseStaleRequest = { type: 'analyse-stale' };
    await browser.runtime.sendMessage(request).catch(() => undefined);
  };
  return (
    <p className="notice" data-testid="unfiled-notice">
      {ids.length === 1 ? '1 saved email looks' : `${ids.length} saved emails look`} like {ids.length === 1 ? 'it is' : 'they are'} about{' '}
      {child.name} but {ids.length === 1 ? 'is' : 'are'} not filed under any child.{' '}
      <button type="button" className="button-small" onClick={() => void file()} data-testid="unfiled-file">
        File {ids.length === 1 ? 'it' : 'them'} under {child.name}
      </button>
    </p>
  );
}
