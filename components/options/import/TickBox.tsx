import { useEffect, useRef, type ReactNode } from 'react';
import type { TickState } from '@/lib/ui/import/choice';

interface Props {
  state: TickState;
  onChange(ticked: boolean): void;
  /** The visible label, which is also the accessible name unless `name` is given. */
  children: ReactNode;
  /** An accessible name that says more than the visible label (which it must begin with). */
  name?: string;
  /** Ids of the lines that describe it (counts, dates, why it is ticked). */
  describedBy?: string;
  className?: string;
}

/**
 * A checkbox that can be half-ticked (a domain with some of its addresses ticked). `indeterminate`
 * is a DOM property with no attribute, so it is set after each render; browsers expose it to
 * screen readers as "mixed".
 */
export function TickBox({ state, onChange, children, name, describedBy, className }: Props) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <label className={className ? `import-tick ${className}` : 'import-tick'}>
      <input ref={box} type="checkbox" checked={state === 'all'} onChange={(e) => onChange(e.target.checked)} aria-label={name} aria-describedby={describedBy} />
      <span className="import-tick-label">{children}</span>
    </label>
  );
}
