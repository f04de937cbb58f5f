import { useCallback, useEffect, useState } from 'react';

export const TABS = [
  { id: 'week', label: 'This week' },
  { id: 'plan', label: 'Plan' },
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'why', label: 'Why this framework' },
] as const;
export type Tab = (typeof TABS)[number]['id'];
export const DEFAULT_TAB: Tab = TABS[0].id;

export interface View {
  goalId: number | null;
  tab: Tab;
}

const KEY = 'pathwise.view';
const isTab = (t: unknown): t is Tab => TABS.some((x) => x.id === t);

/** `#goal=12&tab=dashboard` → the view it names; anything malformed is ignored. */
export function parseView(text: string): Partial<View> {
  const params = new URLSearchParams(text.replace(/^#/, ''));
  const goal = Number(params.get('goal'));
  const tab = params.get('tab');
  return {
    ...(Number.isSafeInteger(goal) && goal > 0 ? { goalId: goal } : {}),
    ...(isTab(tab) ? { tab } : {}),
  };
}

export function formatView(view: View): string {
  return view.goalId === null ? `#tab=${view.tab}` : `#goal=${view.goalId}&tab=${view.tab}`;
}

/**
 * Where the learner was. The URL hash carries it across a reload (and can be bookmarked in the
 * preview); local storage carries it across a restart of the app, whose address starts bare.
 */
export function initialView(): View {
  const fromHash = parseView(window.location.hash);
  let stored: Partial<View> = {};
  try {
    stored = parseView(localStorage.getItem(KEY) ?? '');
  } catch {
    // Storage can be unavailable (private windows); the hash alone still works.
  }
  const source = fromHash.goalId !== undefined || fromHash.tab !== undefined ? fromHash : stored;
  return { goalId: source.goalId ?? null, tab: source.tab ?? DEFAULT_TAB };
}

export function useView() {
  const [view, setView] = useState<View>(initialView);

  useEffect(() => {
    const text = formatView(view);
    if (window.location.hash !== text) window.history.replaceState(null, '', text);
    try {
      localStorage.setItem(KEY, text);
    } catch {
      // Not fatal: the hash still holds the view.
    }
  }, [view]);

  useEffect(() => {
    const onHash = () => setView((v) => ({ ...v, ...parseView(window.location.hash) }));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const selectGoal = useCallback((goalId: number | null) => setView((v) => (v.goalId === goalId ? v : { ...v, goalId })), []);
  const selectTab = useCallback((tab: Tab) => setView((v) => (v.tab === tab ? v : { ...v, tab })), []);
  return { ...view, selectGoal, selectTab };
}
