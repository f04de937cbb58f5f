import type { ItemStatus } from '../../../shared/planner/types';
import { STATUS_LABEL } from '../lib/format';

/** The status menu of an item, the same in the plan and in This week. */
export function StatusSelect({ title, status, onChange }: { title: string; status: ItemStatus; onChange(status: ItemStatus): void }) {
  return (
    <label className="status-select">
      <span className="sr-only">Status of {title}</span>
      <select value={status} onChange={(e) => onChange(e.target.value as ItemStatus)}>
        {(Object.keys(STATUS_LABEL) as ItemStatus[]).map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
