import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/contract/api';
import { deferred, prefetchDeferred } from './components/Deferred';
import { GoalView } from './components/GoalView';
import { Sidebar } from './components/Sidebar';
import { createQueryClient, useApi } from './data/query';
import { useGoalActions } from './hooks/useGoalActions';
import { useFirstScreenDrawn } from './hooks/useFirstScreenDrawn';
import { useWholePlan } from './hooks/useWholePlan';
import { api, ApiError, call, messageOf } from './lib/api';
import { whenIdle } from './lib/frames';
import { applyTheme, loadTheme, nextTheme, type Theme } from './lib/theme';
import { DEFAULT_PROFILE } from './lib/default-profile';
import { Welcome } from './screens/Welcome';
import { ErrorBanner, FeedbackProvider, useFeedback } from './state/feedback';
import { useView } from './state/location';
import { SessionBar } from './rhythm/SessionBar';
import { useBrowserReminders } from './rhythm/useBrowserReminders';

// What the first screen never shows loads when first opened, so the app's first script carries less.
const Onboarding = deferred(() => import('./screens/Onboarding').then((m) => m.Onboarding), 'Loading the questions…');
const ExportDialog = deferred(() => import('./components/ExportDialog').then((m) => m.ExportDialog));
const BackupsDialog = deferred(() => import('./components/BackupsDialog').then((m) => m.BackupsDialog));
const RhythmDialog = deferred(() => import('./rhythm/RhythmDialog').then((m) => m.RhythmDialog));
const WeeklyReview = deferred(() => import('./rhythm/WeeklyReview').then((m) => m.WeeklyReview));
const AboutDialog = deferred(() => import('./components/AboutDialog').then((m) => m.AboutDialog));

const NO_API = 'Pathwise cannot reach its data: open it from the desktop app or from "npm run web".';
/** The latest the dialogs' code is fetched after the first screen, if the page is never idle before. */
const PREFETCH_WAIT_MS = 3_000;

export function App({ client }: { client?: QueryClient }) {
  const [queries] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queries}>
      <FeedbackProvider initialError={api ? null : NO_API}>
        <Shell />
      </FeedbackProvider>
    </QueryClientProvider>
  );
}

function Shell() {
  const [theme, setTheme] = useState<Theme>(loadTheme);
  const [showArchived, setShowArchived] = useState(false);
  const [onboarding, setOnboarding] = useState(false);
  const [editingAnswers, setEditingAnswers] = useState(false);
  const [dialog, setDialog] = useState<'export' | 'backups' | 'rhythm' | 'review' | null>(null);
  const [about, setAbout] = useState<AppInfo | null>(null);
  const [shell, setShell] = useState<AppInfo['shell'] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { notify, fail } = useFeedback();
  const { goalId, tab, selectGoal, selectTab } = useView();
  const goalActions = useGoalActions(selectGoal);

  // Both reads start together: the goal to show is known from the address before the list arrives.
  const goals = useApi('listGoals', { includeArchived: showArchived }, api !== null);
  const plan = useApi('getPlan', { goalId: goalId ?? 0 }, api !== null && goalId !== null);

  const list = goals.data;
  const noGoals = list !== undefined && list.length === 0 && !showArchived;
  const shown = plan.data && plan.data.goal.id === goalId ? plan.data : null;
  useWholePlan(shown);
  // The first screen shows the goal, the welcome or an error: what it does not show waits until it is drawn.
  const firstScreen = api === null || shown !== null || noGoals || (list !== undefined && goalId === null) || goals.isError || plan.isError;
  const drawn = useFirstScreenDrawn(firstScreen);

  useEffect(() => void (drawn && api?.app.appInfo().then((i) => setShell(i.shell))), [drawn]);
  // The dialogs' and the questionnaire's code, fetched once the page is idle, so they open at once.
  useEffect(() => (drawn ? whenIdle(() => void prefetchDeferred(), PREFETCH_WAIT_MS) : undefined), [drawn]);
  useEffect(() => applyTheme(theme), [theme]);
  const arrived = plan.data?.goal.id;
  useEffect(() => {
    if (arrived !== undefined) performance.mark('pathwise:plan-data');
  }, [arrived]);

  // No goal chosen yet, or the remembered one is gone: show the first goal.
  const missing = plan.error instanceof ApiError && plan.error.data.code === 'not_found';
  useEffect(() => {
    if (!goals.data || (goalId !== null && !missing)) return;
    selectGoal(goals.data[0]?.id ?? null);
  }, [goals.data, goalId, missing, selectGoal]);
  useEffect(() => {
    const e = goals.error ?? (plan.error && !missing ? plan.error : null);
    if (e) fail(messageOf(e));
  }, [goals.error, plan.error, missing, fail]);

  const openAbout = useCallback(() => void api?.app.appInfo().then(setAbout), []);
  const openWeek = useCallback(() => {
    setOnboarding(false);
    selectTab('week');
  }, [selectTab]);
  useBrowserReminders(shell === 'preview', (id) => (selectGoal(id), openWeek()));

  // The weekly review opens by itself once on the review day; "Done for this week" dismisses it.
  const review = useApi('weeklyReview', { goalId: goalId ?? 0 }, drawn && api !== null && goalId !== null);
  const reviewed = useRef(new Set<number>());
  useEffect(() => {
    const r = review.data;
    if (!r?.due || reviewed.current.has(r.goalId)) return;
    reviewed.current.add(r.goalId);
    setDialog((d) => d ?? 'review');
  }, [review.data]);
  const toggleTheme = useCallback(() => setTheme((t) => nextTheme(t)), []);

  const show = useCallback(
    (goalId: number) => {
      setOnboarding(false);
      setEditingAnswers(false);
      selectGoal(goalId);
    },
    [selectGoal],
  );

  /** Import: the desktop app shows its own open dialog; the browser preview uses a file input. */
  const startImport = useCallback(
    async (file?: File) => {
      if (!api) return;
      if (!file && shell === 'preview') return fileInput.current?.click();
      const r = await api.app.importFile(file);
      if (!r.ok) return fail(r.error.message);
      if (r.value.goalId === null) return;
      await goalActions.refreshGoals();
      show(r.value.goalId);
      notify('Goal imported.');
    },
    [shell, goalActions, show, notify, fail],
  );

  useEffect(
    () =>
      api?.app.onCommand((c) => {
        if (c === 'new-goal') setOnboarding(true);
        if (c === 'toggle-theme') toggleTheme();
        if (c === 'show-about') openAbout();
        if (c === 'export') setDialog('export');
        if (c === 'import') void startImport();
        if (c === 'restore') setDialog('backups');
        if (c === 'study-rhythm') setDialog('rhythm');
        if (c === 'open-week') openWeek();
      }),
    [toggleTheme, openAbout, startImport],
  );

  const created = async (goalId: number) => {
    await goalActions.refreshGoals();
    show(goalId);
    selectTab('plan');
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
      fail(messageOf(e));
    }
  };

  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <Sidebar
        goals={list ?? null}
        selected={goalId}
        showArchived={showArchived}
        theme={theme}
        onSelect={show}
        onNew={() => setOnboarding(true)}
        onToggleArchived={() => setShowArchived((s) => !s)}
        onTheme={toggleTheme}
        onImport={() => void startImport()}
        onBackups={() => setDialog('backups')}
        onRhythm={() => setDialog('rhythm')}
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
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBanner />
        {drawn && <SessionBar />}
        {editingAnswers && shown ? (
          <Onboarding
            key={`edit-${shown.goal.id}`}
            onCreated={() => undefined}
            onCancel={() => setEditingAnswers(false)}
            editing={{
              profile: { ...shown.goal.profile, startDate: shown.goal.startDate, ...(shown.goal.targetDate ? { targetDate: shown.goal.targetDate } : {}) },
              title: shown.goal.title,
              save: async (profile, framework, title) => {
                await goalActions.update({ goalId: shown.goal.id, profile, framework, ...(title && title !== shown.goal.title ? { title } : {}) });
                setEditingAnswers(false);
                notify('Answers saved; the plan follows them.');
              },
            }}
          />
        ) : onboarding ? (
          <Onboarding onCreated={created} onCancel={noGoals ? undefined : () => setOnboarding(false)} />
        ) : noGoals ? (
          <Welcome onStart={() => setOnboarding(true)} onSample={startSample} />
        ) : list === undefined || (goalId !== null && !shown) ? (
          api && (
            <p role="status" className="loading">
              Loading your plan…
            </p>
          )
        ) : shown ? (
          <GoalView
            plan={shown}
            goals={list}
            tab={tab}
            onTab={selectTab}
            goalActions={goalActions}
            onExport={() => setDialog('export')}
            onEditAnswers={() => setEditingAnswers(true)}
          />
        ) : (
          <div className="empty">
            <p>Choose a goal on the left, or start a new one.</p>
          </div>
        )}
      </main>
      {dialog === 'export' && shown && <ExportDialog goalId={shown.goal.id} onClose={() => setDialog(null)} notify={notify} />}
      {dialog === 'backups' && <BackupsDialog onClose={() => setDialog(null)} notify={notify} />}
      {dialog === 'rhythm' && <RhythmDialog shell={shell} onClose={() => setDialog(null)} notify={notify} />}
      {dialog === 'review' && shown && <WeeklyReview goalId={shown.goal.id} onClose={() => setDialog(null)} notify={notify} />}
      {about && <AboutDialog about={about} onClose={() => setAbout(null)} />}
    </div>
  );
}
