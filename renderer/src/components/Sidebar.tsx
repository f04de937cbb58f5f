import type { GoalSummary } from '../../../shared/contract/views';
import { FRAMEWORK } from '../lib/format';
import { THEME_LABEL, type Theme } from '../lib/theme';

interface Props {
  goals: GoalSummary[] | null;
  selected: number | null;
  showArchived: boolean;
  theme: Theme;
  onSelect(id: number): void;
  onNew(): void;
  onToggleArchived(): void;
  onTheme(): void;
  onImport(): void;
  onBackups(): void;
  onRhythm(): void;
}

export function Sidebar({ goals, selected, showArchived, theme, onSelect, onNew, onToggleArchived, onTheme, onImport, onBackups, onRhythm }: Props) {
  return (
    <nav className="sidebar" aria-label="Goals">
      <div className="brand">
        <img src="./icon.svg" alt="" width={28} height={28} />
        <span>Pathwise</span>
      </div>
      <button type="button" className="primary wide" onClick={onNew}>
        + New goal
      </button>
      <h2 className="sidebar-h">Your goals</h2>
      {goals === null ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : goals.length === 0 ? (
        <p className="muted">No goals yet.</p>
      ) : (
        <ul className="goal-list">
          {goals.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className={`goal-button${g.id === selected ? ' selected' : ''}`}
                aria-current={g.id === selected ? 'page' : undefined}
                onClick={() => onSelect(g.id)}
              >
                <span className="goal-title">{g.title}</span>
                <span className="goal-meta">
                  {FRAMEWORK[g.framework]} · {g.percentDone}%{g.archived ? ' · archived' : ''}
                </span>
                <span className="mini-bar" aria-hidden="true">
                  <span style={{ width: `${g.percentDone}%` }} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="sidebar-foot">
        <button type="button" className="ghost" onClick={onRhythm}>
          Study rhythm…
        </button>
        <button type="button" className="ghost" onClick={onImport}>
          Import a goal…
        </button>
        <button type="button" className="ghost" onClick={onBackups}>
          Backups…
        </button>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={onToggleArchived} /> Show archived
        </label>
        <button type="button" className="ghost" onClick={onTheme} aria-label={`${THEME_LABEL[theme]}; switch theme`}>
          ◐ {THEME_LABEL[theme]}
        </button>
      </div>
    </nav>
  );
}
