import { useRef, useState } from 'react';
import type { SavedRecord } from '@/lib/model/record';
import { fileRecords } from '@/components/hooks/use-filing';
import { useChildren } from '@/components/hooks/use-children';

/**
 * Which child a saved email is about: guessed when it was saved, changed here. Choosing is not
 * moving: arrowing through the list must not file the email anywhere, so "Move" confirms it. The
 * record is then read again against that child's term dates.
 */
export function RecordChildPicker({ record }: { record: SavedRecord }) {
  const children = useChildren();
  const [choice, setChoice] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  if (!children || children.length === 0) return null;
  const current = record.childId ?? '';
  const chosen = choice ?? current;

  const move = async () => {
    try {
      await fileRecords([record.id], chosen || null);
      const name = children.find((c) => c.id === chosen)?.name;
      setStatus(name ? `Filed under ${name}.` : 'Not filed under any child.');
      setChoice(null);
      select.current?.focus();
    } catch (error) {
      setStatus(`Could not change this: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="record-child">
      <label htmlFor={`child-of-${record.id}`}>About</label>{' '}
      <select id={`child-of-${record.id}`} ref={select} value={chosen} onChange={(e) => setChoice(e.target.value)} data-testid="record-child">
        <option value="">No child chosen</option>
        {children.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>{' '}
      {chosen !== current ? (
        <button type="button" className="button-small" onClick={() => void move()} data-testid="record-child-move">
          {chosen ? `File under ${children.find((c) => c.id === chosen)?.name ?? 'this child'}` : 'Remove from this child'}
        </button>
      ) : null}
      <span className="quiet small" role="status">
        {status}
      </span>
    </div>
  );
}
