import { contract, type Method } from '../../../shared/contract/contract';
import { channelFor } from '../../../shared/contract/methods';
import type { Result } from '../../../shared/contract/results';
import type { Service } from '../../core/service/index';
import { isTrustedSenderUrl } from './security';

/** The slice of Electron's ipcMain this module needs, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

export const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Pathwise window and was refused.' },
};

/**
 * One handler per contract method. Each checks that the sender is the app's own frame, takes exactly
 * one payload, and lets the service validate it against the contract's schema; errors come back as data.
 */
export function registerServiceIpc(ipcMain: IpcMainLike, service: Service): void {
  for (const method of Object.keys(contract) as Method[]) {
    ipcMain.handle(channelFor(method), (event, ...args) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) return forbidden;
      if (args.length > 1) {
        return { ok: false, error: { code: 'invalid_input', message: `${method} takes one argument, got ${args.length}` } };
      }
      return service.call(method, args[0]);
    });
  }
}
