export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'pathwise.theme';

export function loadTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  return (THEMES as readonly string[]).includes(saved ?? '') ? (saved as Theme) : 'system';
}

/** "system" follows the OS (including its high-contrast setting) through CSS media queries. */
export function applyTheme(theme: Theme): void {
  // Writing costs the page's start-up a storage commit; the theme is written only when it changed.
  if (localStorage.getItem(KEY) !== theme) localStorage.setItem(KEY, theme);
  document.documentElement.dataset.theme = theme;
}

export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

export const THEME_LABEL: Record<Theme, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
  contrast: 'High-contrast theme',
};
