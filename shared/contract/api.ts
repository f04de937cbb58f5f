import type { Input, Method, Output } from './contract';
import type { AppCommand } from './methods';
import type { Result } from './results';

export interface AppInfo {
  version: string;
  dataDir: string;
  catalogVersion: string;
  /** 'desktop' inside Electron, 'preview' in the browser preview. */
  shell: 'desktop' | 'preview';
}

/** What the renderer sees as `window.pathwise`: the preload and the browser preview both provide it. */
export type ServiceApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> };

export interface AppApi {
  /** Opens an https link in the learner's browser; anything else is refused. */
  openExternal(url: string): Promise<Result<{ opened: boolean }>>;
  appInfo(): Promise<AppInfo>;
  /** Menu commands; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

export type PathwiseApi = ServiceApi & { app: AppApi };
