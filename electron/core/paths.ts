import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Pathwise';

/**
 * The folder Electron's `app.getPath('userData')` gives an app named Pathwise, computed without
 * Electron so the CLI and the desktop app share one database.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--data-dir` wins, then PATHWISE_DATA_DIR, then the OS's usual place. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.PATHWISE_DATA_DIR || defaultDataDir(process.platform, env);
}
