import { APP_INFO_CHANNEL, EXPORT_FILE_CHANNEL, IMPORT_FILE_CHANNEL, OPEN_EXTERNAL_CHANNEL, RESTORE_CHANNEL } from '../../../shared/contract/methods';
import { describeIssue } from '../../../shared/contract/results';
import { BackupNameSchema, exportToFile, importFromFile, type FileDeps } from './files';
import type { AppInfo } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/results';
import { forbidden, type IpcMainLike } from './ipc';
import { isAllowedExternalUrl, isTrustedSenderUrl } from './security';

export interface AppIpcDeps {
  info(): AppInfo;
  /** Links of the shipped catalog open at once; any other link asks the learner first. */
  isCatalogUrl(url: string): boolean;
  confirmOpen(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
  files: FileDeps;
  /** Closes the database, swaps in the backup, reopens and reloads the window. */
  restore(name: string): Promise<Result<{ restored: string }>>;
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
  ipcMain.handle(EXPORT_FILE_CHANNEL, (event, request) => (isTrustedSenderUrl(event.senderFrame?.url) ? exportToFile(request, deps.files) : forbidden));
  ipcMain.handle(IMPORT_FILE_CHANNEL, (event) => (isTrustedSenderUrl(event.senderFrame?.url) ? importFromFile(deps.files) : forbidden));
  ipcMain.handle(RESTORE_CHANNEL, (event, name) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url)) return forbidden;
    const parsed = BackupNameSchema.safeParse(name);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeIssue(parsed.error.issues) } };
    return deps.restore(parsed.data);
  });
}
