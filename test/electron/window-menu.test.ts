import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuItemSpec } from '../../electron/shell/app/menu';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState, visibleState } from '../../electron/shell/app/window-state';
import { tempDir } from '../helpers';

const flat = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('native menu', () => {
  it('has File (New goal, Export, Quit), View (theme) and Help (About, where the data lives)', () => {
    const menu = menuTemplate({ isMac: false, isDev: false });
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['File', 'editMenu', 'View', 'Help']);
    const all = flat(menu);
    expect(all.map((i) => i.command).filter(Boolean)).toEqual(expect.arrayContaining(['new-goal', 'export', 'toggle-theme', 'show-about']));
    expect(all.some((i) => i.role === 'quit')).toBe(true);
  });

  it('offers reload and devtools only in development', () => {
    expect(flat(menuTemplate({ isMac: false, isDev: false })).some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(flat(menuTemplate({ isMac: false, isDev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('window state', () => {
  it('restores what was saved and falls back to defaults for a damaged file', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(join(dir, 'window-state.json'), '{"width": "huge"');
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    expect(readFileSync(join(dir, 'window-state.json'), 'utf8')).toContain('huge');
  });

  it('forgets a position on a screen that is gone', () => {
    const displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    expect(visibleState({ x: 3000, y: 100, width: 800, height: 600, maximized: false }, displays)).toEqual({ width: 800, height: 600, maximized: false });
    expect(visibleState({ x: 100, y: 100, width: 800, height: 600, maximized: false }, displays)).toMatchObject({ x: 100 });
  });
});
