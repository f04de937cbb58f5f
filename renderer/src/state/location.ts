import { useCallback, useEffect, useState } from 'react';
import { formatView, initialView, parseView, VIEW_KEY, type Tab, type View } from './view';

export { DEFAULT_TAB, TABS, formatView, initialView, parseView, type Tab, type View } from './view';

/** The view as React state, kept in the address and in local storage. */
export function useView() {
  const [view, setView] = useState<View>(initialView);

  useEffect(() => {
    const text = formatView(view);
    if (window.location.hash !== text) window.history.replaceState(null, '', text);
    try {
      localStorage.setItem(VIEW_KEY, text);
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
