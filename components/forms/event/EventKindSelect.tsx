import type { ChildEventKind } from '@/lib/model/plan';
import { eventKindGroups, isEventKind } from '@/lib/ui/forms/event-kinds';
import type { ControlProps } from '@/components/forms/form-parts';
import { Options } from '@/components/shared/Options';

const GROUPS = eventKindGroups();

/** What happened, from the kinds grouped as the law and the school year group them; '' until chosen. */
export function EventKindSelect({ control, value, onChange }: { control: ControlProps; value: ChildEventKind | ''; onChange(kind: ChildEventKind | ''): void }) {
  return (
    <select {...control} className="select-input" value={value} onChange={(e) => onChange(isEventKind(e.target.value) ? e.target.value : '')} data-testid="event-kind">
      <option value="">Choose…</option>
      {GROUPS.map((g) => (
        <optgroup key={g.label} label={g.label}>
          <Options options={g.kinds} />
        </optgroup>
      ))}
    </select>
  );
}
