import { lazy, Suspense, useState } from 'react';
import type { GoalSummary, PlanView } from '../../../shared/contract/views';
import type { useGoalActions } from '../hooks/useGoalActions';
import { isPartial } from '../data/partial-plans';
import { TABS, type Tab } from '../state/location';
import { PlanScreen } from '../screens/PlanScreen';
import { deferred, Loading } from './Deferred';
import { GoalHeader } from './GoalHeader';

// The views but the plan, and the dialog, load when first shown, so the app's script, which the page
// compiles before its first screen, carries less.
const WeekScreen = lazy(() => import('../screens/WeekScreen').then((m) => ({ default: m.WeekScreen })));
const Dashboard = lazy(() => import('../screens/Dashboard').then((m) => ({ default: m.Dashboard })));
const Roadmap = lazy(() => import('../screens/Roadmap').then((m) => ({ default: m.Roadmap })));
const WhyScreen = lazy(() => import('../screens/WhyScreen').then((m) => ({ default: m.WhyScreen })));
const EditGoalDialog = deferred(() => import('./EditGoalDialog').then((m) => m.EditGoalDialog));

interface Props {
  plan: PlanView;
  goals: readonly GoalSummary[];
  tab: Tab;
  onTab(tab: Tab): void;
  goalActions: ReturnType<typeof useGoalActions>;
  onExport(): void;
  onEditAnswers(): void;
}

/** One goal: its header, and its views as tabs. */
export function GoalView({ plan, goals, tab, onTab, goalActions, onExport, onEditAnswers }: Props) {
  const goal = plan.goal;
  const [editing, setEditing] = useState(false);
  return (
    <>
      <GoalHeader
        key={goal.id}
        goal={goal}
        onRename={async (title) => void (await goalActions.update({ goalId: goal.id, title }))}
        onArchive={(archived) => void goalActions.archive(goal, archived)}
        onDelete={() => void goalActions.remove(goal, goals)}
        onExport={onExport}
        onEdit={() => setEditing(true)}
      />
      {editing && (
        <EditGoalDialog
          goal={goal}
          onSave={(change) => goalActions.update({ goalId: goal.id, ...change })}
          onAnswers={() => (setEditing(false), onEditAnswers())}
          onClose={() => setEditing(false)}
        />
      )}
      <div role="tablist" aria-label="Views of this goal" className="tabs main-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        <Suspense fallback={<Loading />}>
          {tab === 'week' && <WeekScreen goalId={goal.id} />}
          {tab === 'plan' && <PlanScreen plan={plan} />}
          {tab === 'roadmap' &&
            (isPartial(plan) ? (
              // The roadmap counts every item of each stage: it waits for the whole plan (a moment).
              <Loading text="Loading the whole plan…" />
            ) : (
              <Roadmap plan={plan} />
            ))}
          {tab === 'dashboard' && <Dashboard goalId={goal.id} />}
          {tab === 'why' && <WhyScreen plan={plan} onSwitch={(framework) => goalActions.update({ goalId: goal.id, framework })} />}
        </Suspense>
      </div>
    </>
  );
}
