import type { ReactNode } from 'react';

/** A boxed list of things for the parent to look at ("Please check:", "About the file:"); nothing when empty. */
export function CheckNotice({ icon, title, items, testId }: { icon: string; title: ReactNode; items: readonly string[]; testId: string }) {
  if (!items.length) return null;
  return (
    <div className="check-notice" data-testid={testId}>
      <p>
        <span aria-hidden="true">{icon} </span>
        {title}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
