// The whole bridge between the page and the main process: named service functions and a few app
// functions, nothing generic. It imports only electron and a list of names, so the sandbox stays on.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  APP_COMMANDS,
  APP_INFO_CHANNEL,
  COMMAND_CHANNEL,
  EXPORT_FILE_CHANNEL,
  IMPORT_FILE_CHANNEL,
  METHOD_NAMES,
  OPEN_EXTERNAL_CHANNEL,
  RESTORE_CHANNEL,
  channelFor,
  type AppCommand,
} from '../../shared/contract/methods';
import type { PathwiseApi } from '../../shared/contract/api';

const service = Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelFor(m), input)]));

const api = {
  ...service,
  app: {
    openExternal: (url: string) => ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url),
    appInfo: () => ipcRenderer.invoke(APP_INFO_CHANNEL),
    exportFile: (request: unknown) => ipcRenderer.invoke(EXPORT_FILE_CHANNEL, request),
    // The main process shows the open dialog; nothing the page passes is used as a path.
    importFile: () => ipcRenderer.invoke(IMPORT_FILE_CHANNEL),
    restoreBackup: (name: string) => ipcRenderer.invoke(RESTORE_CHANNEL, name),
    onCommand: (listener: (command: AppCommand) => void) => {
      const handler = (_event: IpcRendererEvent, command: unknown) => {
        if ((APP_COMMANDS as readonly unknown[]).includes(command)) listener(command as AppCommand);
      };
      ipcRenderer.on(COMMAND_CHANNEL, handler);
      return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
    },
  },
} as unknown as PathwiseApi;

contextBridge.exposeInMainWorld('pathwise', api);
