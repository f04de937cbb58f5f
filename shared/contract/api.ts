import type { Input, Method, Output } from './contract';
import type { AppCommand, FileFormat } from './methods';
import type { Result } from './results';

export interface AppInfo {
  version: string;
  dataDir: string;
  catalogVersion: string;
  /** 'desktop' inside Electron, 'preview' in the browser preview. */
  shell: 'desktop' | 'preview';
  /** Present while the database is damaged or missing: the page shows the recovery screen. */
  recovery?: RecoveryInfo | null;
}

export interface RecoveryInfo {
  /** One line: what is wrong and what to do. */
  problem: string;
  /** Where the damaged files were moved, when they were. */
  movedTo: string | null;
}

/** What the renderer sees as `window.pathwise`: the preload and the browser preview both provide it. */
export type ServiceApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> };

export interface AppApi {
  /** Opens an https link in the learner's browser; anything else is refused. */
  openExternal(url: string): Promise<Result<{ opened: boolean }>>;
  appInfo(): Promise<AppInfo>;
  /** Saves an export where the learner chooses (the app picks the path, never the page). */
  exportFile(request: { goalId: number; format: FileFormat; reminders?: boolean }): Promise<Result<{ saved: boolean }>>;
  /** Asks for a goal file and imports it; `goalId` is null when the learner cancelled. */
  importFile(file?: File): Promise<Result<{ goalId: number | null }>>;
  /** Replaces the database with a backup (the current one is set aside); the page then reloads. */
  restoreBackup(name: string): Promise<Result<{ restored: string }>>;
  /** Menu commands; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

export type PathwiseApi = ServiceApi & { app: AppApi };
