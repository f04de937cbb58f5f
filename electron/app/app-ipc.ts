import { APP_INFO_CHANNEL, OPEN_EXTERNAL_CHANNEL } from '../../shared/contract/methods';
import type { AppInfo } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/results';
import { forbidden, type IpcMainLike } from './ipc';
import { isAllowedExternalUrl, isTrustedSenderUrl } from './security';

export interface AppIpcDeps {
  info(): AppInfo;
  /** Links of the shipped catalog open at once; any other link asks the learner first. */
  isCatalogUrl(url: string): boolean;
  confirmOpen(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

export async function openExternalChecked(url: unknown, deps: AppIpcDeps): Promise<Result<{ opened: boolean }>> {
  if (!isAllowedExternalUrl(url)) {
    return { ok: false, error: { code: 'forbidden', message: 'Only https links to a named website can be opened.', field: 'url' } };
  }
  const safe = url as string;
  if (!deps.isCatalogUrl(safe) && !(await deps.confirmOpen(safe))) return { ok: true, value: { opened: false } };
  await deps.openExternal(safe);
  return { ok: true, value: { opened: true } };
}

export function registerAppIpc(ipcMain: IpcMainLike, deps: AppIpcDeps): void {
  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, (event, url) => (isTrustedSenderUrl(event.senderFrame?.url) ? openExternalChecked(url, deps) : forbidden));
  ipcMain.handle(APP_INFO_CHANNEL, (event) => (isTrustedSenderUrl(event.senderFrame?.url) ? deps.info() : forbidden));
}
