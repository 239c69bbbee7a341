// "Delete…", then a question with "Yes, delete" and "No, keep": focus moves to the question when it
// opens and back to the Delete button when the parent keeps the thing.
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface DeleteConfirmation {
  confirming: boolean;
  deleteButton: RefObject<HTMLButtonElement | null>;
  question: RefObject<HTMLParagraphElement | null>;
  ask(): void;
  keep(): void;
}

export function useDeleteConfirmation(): DeleteConfirmation {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  return {
    confirming,
    deleteButton,
    question,
    ask: () => {
      flushSync(() => setConfirming(true));
      question.current?.focus();
    },
    keep: () => {
      flushSync(() => setConfirming(false));
      deleteButton.current?.focus();
    },
  };
}

/** The first step, in the form's actions; hidden while the question is open. */
export function DeleteButton({ confirmation, testId, children }: { confirmation: DeleteConfirmation; testId: string; children: ReactNode }) {
  if (confirmation.confirming) return null;
  return (
    <button type="button" ref={confirmation.deleteButton} className="button-small button-danger push-end" onClick={confirmation.ask} data-testid={testId}>
      {children}
    </button>
  );
}

/** The question, under the form's actions; `testId` names its buttons (`<testId>-confirm`, `<testId>-cancel`). */
export function DeleteQuestion({
  prefix,
  confirmation,
  busy,
  yes,
  no,
  onDelete,
  testId,
  boxTestId,
  children,
}: {
  prefix: string;
  confirmation: DeleteConfirmation;
  busy: boolean;
  yes: ReactNode;
  no: ReactNode;
  onDelete(): void;
  testId: string;
  boxTestId?: string;
  children: ReactNode;
}) {
  if (!confirmation.confirming) return null;
  return (
    <div className="confirm-box" role="group" aria-labelledby={`${prefix}-confirm`} data-testid={boxTestId}>
      <p id={`${prefix}-confirm`} ref={confirmation.question} tabIndex={-1} className="confirm-text">
        {children}
      </p>
      <div className="form-actions">
        <button type="button" className="button-primary button-danger-solid" disabled={busy} onClick={onDelete} data-testid={`${testId}-confirm`}>
          {yes}
        </button>
        <button type="button" className="button-small" disabled={busy} onClick={confirmation.keep} data-testid={`${testId}-cancel`}>
          {no}
        </button>
      </div>
    </div>
  );
}
