import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/contract/api';
import type { GoalSummary, PlanItem, PlanView } from '../../shared/contract/views';
import { BackupsDialog } from './components/BackupsDialog';
import { ExportDialog } from './components/ExportDialog';
import { GoalHeader } from './components/GoalHeader';
import { Modal } from './components/Modal';
import { RecommendationView } from './components/Recommendation';
import { Sidebar } from './components/Sidebar';
import { api, call, messageOf } from './lib/api';
import { FRAMEWORK } from './lib/format';
import { applyTheme, loadTheme, nextTheme, type Theme } from './lib/theme';
import { Dashboard } from './screens/Dashboard';
import { DEFAULT_PROFILE, Onboarding } from './screens/Onboarding';
import { PlanScreen } from './screens/PlanScreen';
import { Roadmap } from './screens/Roadmap';
import { Welcome } from './screens/Welcome';

type Tab = 'plan' | 'roadmap' | 'dashboard' | 'why';
const TABS: { id: Tab; label: string }[] = [
  { id: 'plan', label: 'Plan' },
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'why', label: 'Why this framework' },
];

interface Toast {
  message: string;
  undo?: () => void;
}

const UNDO_MS = 8000;

export function App() {
  const [theme, setTheme] = useState<Theme>(loadTheme);
  const [goals, setGoals] = useState<GoalSummary[] | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [onboarding, setOnboarding] = useState(false);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [tab, setTab] = useState<Tab>('plan');
  const [error, setError] = useState<string | null>(api ? null : 'Pathwise cannot reach its data: open it from the desktop app or from "npm run web".');
  const [toast, setToast] = useState<Toast | null>(null);
  const [about, setAbout] = useState<AppInfo | null>(null);
  const [exporting, setExporting] = useState(false);
  const [backups, setBackups] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [shell, setShell] = useState<AppInfo['shell'] | null>(null);
  useEffect(() => void api?.app.appInfo().then((i) => setShell(i.shell)), []);
  const [version, setVersion] = useState(0);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => applyTheme(theme), [theme]);

  const notify = useCallback((message: string, undo?: () => void) => {
    if (toastTimer.current) clearTimeout(toastTimer.current);
    setToast({ message, ...(undo ? { undo } : {}) });
    toastTimer.current = setTimeout(() => setToast(null), undo ? UNDO_MS : 3000);
  }, []);

  const refreshGoals = useCallback(async () => {
    try {
      const list = await call('listGoals', { includeArchived: showArchived });
      setGoals(list);
      return list;
    } catch (e) {
      setError(messageOf(e));
      return [];
    }
  }, [showArchived]);

  useEffect(() => {
    if (!api) return;
    void refreshGoals().then((list) => setSelected((s) => s ?? list[0]?.id ?? null));
  }, [refreshGoals]);

  useEffect(() => {
    if (selected === null) return setPlan(null);
    let live = true;
    setPlan(null);
    call('getPlan', { goalId: selected }).then(
      (p) => {
        if (!live) return;
        performance.mark('pathwise:plan-data');
        setPlan(p);
      },
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [selected]);

  const onPlan = useCallback(
    (p: PlanView) => {
      setPlan(p);
      setVersion((v) => v + 1);
      void refreshGoals();
    },
    [refreshGoals],
  );
  const onItem = useCallback(
    (item: PlanItem) => {
      setPlan((p) => (p ? { ...p, items: p.items.map((i) => (i.id === item.id ? item : i)) } : p));
      setVersion((v) => v + 1);
      void refreshGoals();
    },
    [refreshGoals],
  );

  const openAbout = useCallback(() => void api?.app.appInfo().then(setAbout), []);
  const toggleTheme = useCallback(() => setTheme((t) => nextTheme(t)), []);

  /** Import: the desktop app shows its own open dialog; the browser preview uses a file input. */
  const startImport = useCallback(async (file?: File) => {
    if (!api) return;
    if (!file && shell === 'preview') return fileInput.current?.click();
    const r = await api.app.importFile(file);
    if (!r.ok) return setError(r.error.message);
    if (r.value.goalId === null) return;
    await refreshGoals();
    setSelected(r.value.goalId);
    setOnboarding(false);
    notify('Goal imported.');
  }, [shell, refreshGoals, notify]);

  useEffect(
    () =>
      api?.app.onCommand((c) => {
        if (c === 'new-goal') setOnboarding(true);
        if (c === 'toggle-theme') toggleTheme();
        if (c === 'show-about') openAbout();
        if (c === 'export') setExporting(true);
        if (c === 'import') void startImport();
        if (c === 'restore') setBackups(true);
      }),
    [toggleTheme, openAbout, startImport],
  );

  const created = async (goalId: number) => {
    setOnboarding(false);
    await refreshGoals();
    setSelected(goalId);
    setTab('plan');
    notify('Your plan is ready.');
  };

  const startSample = async () => {
    try {
      const p = await call('createGoal', {
        profile: { ...DEFAULT_PROFILE, purpose: 'career', domains: ['vision', 'nlp'], deployTargets: ['web'] },
        title: 'Sample: deep learning for vision and NLP',
      });
      await created(p.goal.id);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const archive = async (archived: boolean) => {
    if (!plan) return;
    try {
      await call('archiveGoal', { goalId: plan.goal.id, archived });
      setPlan({ ...plan, goal: { ...plan.goal, archived } });
      await refreshGoals();
      notify(archived ? 'Goal archived.' : 'Goal restored.');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  /** Archive at once (nothing is lost if the app closes), delete for good when the undo window passes. */
  const remove = async () => {
    if (!plan) return;
    const goal = plan.goal;
    try {
      await call('archiveGoal', { goalId: goal.id, archived: true });
      const list = await call('listGoals', { includeArchived: showArchived });
      const rest = list.filter((g) => g.id !== goal.id);
      setGoals(rest);
      setSelected(rest[0]?.id ?? null);
      let undone = false;
      const timer = setTimeout(() => {
        if (!undone) void call('deleteGoal', { goalId: goal.id }).then(() => refreshGoals());
      }, UNDO_MS);
      notify(`Deleted “${goal.title}”.`, () => {
        undone = true;
        clearTimeout(timer);
        void call('archiveGoal', { goalId: goal.id, archived: goal.archived }).then(async () => {
          await refreshGoals();
          setSelected(goal.id);
        });
        setToast(null);
      });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const rename = async (title: string) => {
    if (!plan) return;
    const p = await call('updateGoal', { goalId: plan.goal.id, title });
    setPlan(p);
    await refreshGoals();
  };

  const noGoals = goals !== null && goals.length === 0 && !showArchived;
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Sidebar
        goals={goals}
        selected={selected}
        showArchived={showArchived}
        theme={theme}
        onSelect={(id) => (setOnboarding(false), setSelected(id))}
        onNew={() => setOnboarding(true)}
        onToggleArchived={() => setShowArchived((s) => !s)}
        onTheme={toggleTheme}
        onImport={() => void startImport()}
        onBackups={() => setBackups(true)}
      />
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void startImport(f);
        }}
      />
      <main id="main" className="main">
        {error && (
          <div role="alert" className="error banner">
            <p>{error}</p>
            <button type="button" className="ghost" onClick={() => setError(null)}>
              Dismiss
            </button>
          </div>
        )}
        {onboarding ? (
          <Onboarding onCreated={created} onCancel={noGoals ? undefined : () => setOnboarding(false)} />
        ) : noGoals ? (
          <Welcome onStart={() => setOnboarding(true)} onSample={startSample} />
        ) : goals === null || (selected !== null && !plan) ? (
          <p role="status" className="loading">
            Loading your plan…
          </p>
        ) : plan ? (
          <>
            <GoalHeader key={plan.goal.id} goal={plan.goal} onRename={rename} onArchive={archive} onDelete={remove} onExport={() => setExporting(true)} />
            <div role="tablist" aria-label="Views of this goal" className="tabs main-tabs">
              {TABS.map((t) => (
                <button key={t.id} role="tab" type="button" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} onClick={() => setTab(t.id)}>
                  {t.label}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
              {tab === 'plan' && <PlanScreen plan={plan} onPlan={onPlan} onItem={onItem} notify={notify} />}
              {tab === 'roadmap' && <Roadmap plan={plan} />}
              {tab === 'dashboard' && <Dashboard goalId={plan.goal.id} version={version} />}
              {tab === 'why' && <WhyTab plan={plan} onPlan={onPlan} />}
            </div>
          </>
        ) : (
          <div className="empty">
            <p>Choose a goal on the left, or start a new one.</p>
          </div>
        )}
      </main>
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast">
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={toast.undo}>
                Undo
              </button>
            )}
          </div>
        )}
      </div>
      {exporting && plan && <ExportDialog goalId={plan.goal.id} onClose={() => setExporting(false)} notify={notify} />}
      {backups && <BackupsDialog onClose={() => setBackups(false)} notify={notify} />}
      {about && (
        <Modal title="About Pathwise" onClose={() => setAbout(null)}>
          <dl className="about">
            <dt>Version</dt>
            <dd>{about.version}</dd>
            <dt>Your data lives in</dt>
            <dd>
              <code>{about.dataDir}</code>
            </dd>
            <dt>Catalog version</dt>
            <dd>{about.catalogVersion}</dd>
          </dl>
          <p>Pathwise works offline and never sends anything over the network.</p>
        </Modal>
      )}
    </div>
  );
}

/** The recommendation behind the goal, with the choice to switch framework (progress is kept). */
function WhyTab({ plan, onPlan }: { plan: PlanView; onPlan(p: PlanView): void }) {
  const [rec, setRec] = useState<Awaited<ReturnType<typeof call<'recommend'>>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('recommend', { profile: plan.goal.profile }).then(setRec, (e) => setError(messageOf(e)));
  }, [plan.goal.profile]);
  const other = plan.goal.framework === 'tensorflow' ? 'pytorch' : 'tensorflow';
  const switchTo = async () => {
    try {
      onPlan(await call('updateGoal', { goalId: plan.goal.id, framework: other }));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  if (error) return <p role="alert" className="error banner">{error}</p>;
  if (!rec) return <p role="status" className="loading">Weighing your answers…</p>;
  return (
    <section aria-label="Why this framework">
      <RecommendationView rec={rec} />
      <p>
        <button type="button" onClick={switchTo}>
          Switch this goal to {FRAMEWORK[other]}
        </button>{' '}
        <span className="muted">Progress, notes and logged time are kept.</span>
      </p>
    </section>
  );
}
