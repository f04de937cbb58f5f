// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, loadTheme } from '../../renderer/src/lib/theme';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('theme', () => {
  it('shows the theme, and writes it to storage only when it changed (a page start writes nothing)', () => {
    localStorage.setItem('pathwise.theme', 'dark');
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    applyTheme(loadTheme());
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(writes).not.toHaveBeenCalled();
    applyTheme('contrast');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(writes.mock.calls).toEqual([['pathwise.theme', 'contrast']]);
    expect(loadTheme()).toBe('contrast');
  });

  it('an unknown stored value is the system theme', () => {
    localStorage.setItem('pathwise.theme', 'neon');
    expect(loadTheme()).toBe('system');
  });
});
