// The title and the Save button every form has, so they read and behave alike.
import type { ReactNode } from 'react';

/** The form's heading (its accessible name); visually hidden when the page's own heading says it. */
export function FormTitle({ prefix, visible, children }: { prefix: string; visible: boolean; children: ReactNode }) {
  return (
    <h2 id={`${prefix}-title`} className={visible ? undefined : 'visually-hidden'}>
      {children}
    </h2>
  );
}

/** "Saving…" while saving, and not pressable then. */
export function SaveButton({ saving, disabled = false, testId, children }: { saving: boolean; disabled?: boolean; testId: string; children: ReactNode }) {
  return (
    <button type="submit" className="button-primary" disabled={saving || disabled} data-testid={testId}>
      {saving ? 'Saving…' : children}
    </button>
  );
}
