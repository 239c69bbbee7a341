import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import type { AnalyseStaleRequest } from '@/lib/messages';
import type { SavedRecord } from '@/lib/records/types';
import { assignRecord } from '@/lib/store/assign-record';
import { useChildren } from './use-children';

/**
 * Which child a saved email is about: guessed when it was saved, changed here in one step. The
 * record is then read again against that child's term dates.
 */
export function RecordChildPicker({ record }: { record: SavedRecord }) {
  const children = useChildren();
  const [status, setStatus] = useState('');
  if (!children || children.length === 0) return null;

  const change = async (childId: string) => {
    try {
      await assignRecord(getDatabase(), record.id, childId || null);
      const name = children.find((c) => c.id === childId)?.name;
      setStatus(name ? `Filed under ${name}.` : 'Not filed under any child.');
      const request: AnalyseStaleRequest = { type: 'analyse-stale' };
      await browser.runtime.sendMessage(request);
    } catch (error) {
      setStatus(`Could not change this: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="record-child">
      <label htmlFor={`child-of-${record.id}`}>About</label>{' '}
      <select id={`child-of-${record.id}`} value={record.childId ?? ''} onChange={(e) => void change(e.target.value)} data-testid="record-child">
        <option value="">No child chosen</option>
        {children.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <span className="quiet small" role="status">
        {status}
      </span>
    </div>
  );
}
