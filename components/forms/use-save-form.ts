// The save, failure and focus behaviour the child, event, plan and term dates forms share, written
// once: a save refused for problems lists them and focuses the first; a save that fails says why
// and focuses that; a save that works says so in the status region.
import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldProblem } from '@/lib/ui/forms/problems';
import { errorText, focusFirstProblem } from '@/components/forms/form-parts';

export interface SaveOptions {
  /** Starts the failure sentence: "Not saved: <why>". */
  failedWith?: string;
  /** False to show a failure without moving focus to it (an action beside the form, not its save). */
  focus?: boolean;
}

export interface SaveForm {
  /** The form's useId(): field ids, the title and the problem list hang off it. */
  prefix: string;
  /** True once a save was refused for problems, so the form shows them as the parent fixes them. */
  tried: boolean;
  saving: boolean;
  /** Why the last save failed, or a problem with no one field; '' when there is none. */
  failure: string;
  /** What the last save did ("Saved."); '' until one worked. */
  status: string;
  /** The problems to list: the field problems, then the failure. */
  shown(problems: readonly FieldProblem[]): FieldProblem[];
  /** The parent changed something: the last failure and status no longer apply. */
  edited(): void;
  /** Shows no problems until the next refused save (fresh dates, a reloaded draft). */
  untried(): void;
  /** Refuses to save: lists the problems (and a message for the whole form), focusing the first. */
  refuse(problems: readonly FieldProblem[], failure?: string): void;
  /** Runs the write; `done` gets its result and returns the status to show. True when it worked. */
  save<T>(write: () => Promise<T>, done: (result: T) => string, options?: SaveOptions): Promise<boolean>;
  /** Shows a failure of something other than the save (deleting), without moving focus. */
  fail(message: string): void;
  /** Shows a status reached some other way. */
  announce(status: string): void;
}

export function useSaveForm(): SaveForm {
  const prefix = useId();
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');

  const save = async <T>(write: () => Promise<T>, done: (result: T) => string, { failedWith = 'Not saved', focus = true }: SaveOptions = {}) => {
    setSaving(true);
    setFailure('');
    try {
      const result = await write();
      const message = done(result);
      setTried(false);
      setStatus(message);
      return true;
    } catch (e) {
      const message = `${failedWith}: ${errorText(e)}`;
      if (!focus) {
        setFailure(message);
        return false;
      }
      flushSync(() => setFailure(message));
      focusFirstProblem(prefix, [{ key: 'form', message: '' }]);
      return false;
    } finally {
      setSaving(false);
    }
  };

  return {
    prefix,
    tried,
    saving,
    failure,
    status,
    shown: (problems) => (failure ? [...problems, { key: 'form', message: failure }] : [...problems]),
    edited: () => {
      setFailure('');
      setStatus('');
    },
    untried: () => setTried(false),
    refuse: (problems, formFailure = '') => {
      flushSync(() => {
        setTried(true);
        setFailure(formFailure);
        setStatus('');
      });
      focusFirstProblem(prefix, problems);
    },
    save,
    fail: setFailure,
    announce: setStatus,
  };
}
