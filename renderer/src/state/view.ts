// Which goal and tab the page shows, read from the address or local storage. React-free, so the
// page's first reads (data/first-reads.ts) can know the goal before the app's script has loaded.

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

export const VIEW_KEY = 'pathwise.view';
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
 * preview); local storage carries it across a restart of the app, whose address starts bare. A hash
 * naming only a tab keeps the remembered goal: the page then asks for its plan at once, without
 * waiting for the goal list to name one.
 */
export function initialView(): View {
  const fromHash = parseView(window.location.hash);
  let stored: Partial<View> = {};
  try {
    stored = parseView(localStorage.getItem(VIEW_KEY) ?? '');
  } catch {
    // Storage can be unavailable (private windows); the hash alone still works.
  }
  return { goalId: fromHash.goalId ?? stored.goalId ?? null, tab: fromHash.tab ?? stored.tab ?? DEFAULT_TAB };
}
