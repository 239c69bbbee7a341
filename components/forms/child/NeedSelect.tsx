import type { NeedCode } from '@/lib/model/plan';
import { isNeedCode, needGroups } from '@/lib/ui/forms/child-options';
import type { ControlProps } from '@/components/forms/form-parts';

const NEED_GROUPS = needGroups();

/** The areas of need, grouped by broad area; `exclude` is shown but cannot be chosen. */
function NeedOptions({ exclude }: { exclude?: NeedCode | '' }) {
  return (
    <>
      {NEED_GROUPS.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.value === exclude}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** An area of need, or '' for none (worded by `none`). */
export function NeedSelect({
  control,
  value,
  none,
  exclude,
  onChange,
  testId,
}: {
  control: ControlProps;
  value: NeedCode | '';
  none: string;
  exclude?: NeedCode | '';
  onChange(need: NeedCode | ''): void;
  testId: string;
}) {
  return (
    <select {...control} className="select-input" value={value} onChange={(e) => onChange(isNeedCode(e.target.value) ? e.target.value : '')} data-testid={testId}>
      <option value="">{none}</option>
      <NeedOptions exclude={exclude} />
    </select>
  );
}
