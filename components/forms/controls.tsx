// The inputs the forms use again and again, styled and wired alike: each takes the control props a
// Field gives (id, aria-describedby, aria-invalid) and reports the new value as text.
import type { ControlProps } from '@/components/forms/form-parts';

interface InputProps {
  control: ControlProps;
  value: string;
  onChange(value: string): void;
  testId: string;
}

export function TextInput({ control, value, onChange, testId, autoComplete }: InputProps & { autoComplete?: 'off' }) {
  return <input {...control} className="text-input" type="text" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
}

/** A date box (value '' or YYYY-MM-DD); `min` ('' for none) stops the picker offering earlier days. */
export function DateInput({ control, value, onChange, testId, min }: InputProps & { min?: string }) {
  return <input {...control} className="text-input date-input" type="date" min={min || undefined} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
}

/** A number box for a whole number from 1 (to `max` when given), kept as typed. */
export function WholeNumberInput({ control, value, onChange, testId, max }: InputProps & { max?: number }) {
  return (
    <input
      {...control}
      className="text-input number-input"
      type="number"
      inputMode="numeric"
      min={1}
      max={max}
      step={1}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}
