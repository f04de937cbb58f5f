import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../electron/core/paths';

describe('data folder', () => {
  it('matches where Electron keeps userData for an app named Pathwise', () => {
    expect(defaultDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Pathwise');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe('/xdg/Pathwise');
    expect(defaultDataDir('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Application Support/Pathwise');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toMatch(/AppData.Roaming.Pathwise$/);
  });

  it('prefers the flag, then PATHWISE_DATA_DIR', () => {
    expect(resolveDataDir('/flag', { PATHWISE_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { PATHWISE_DATA_DIR: '/env' })).toBe('/env');
  });
});
