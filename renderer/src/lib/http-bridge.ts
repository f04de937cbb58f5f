import type { AppApi, PathwiseApi } from '../../../shared/contract/api';
import { METHOD_NAMES } from '../../../shared/contract/methods';
import { isAllowedExternalUrl } from '../../../shared/security/urls';

/**
 * The browser preview's stand-in for the preload: the same named functions, carried over HTTP to the
 * local server with the per-run token the server wrote into this page.
 */
export function createHttpApi(token: string): PathwiseApi {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`./api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pathwise-Token': token },
      body: JSON.stringify(body ?? {}),
      credentials: 'omit',
      cache: 'no-store',
    });
    return res.json();
  };
  const service = Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => post(m, input)]));
  const app: AppApi = {
    openExternal: async (url: string) => {
      if (!isAllowedExternalUrl(url)) {
        return { ok: false, error: { code: 'forbidden', message: 'Only https links to a named website can be opened.', field: 'url' } };
      }
      window.open(url, '_blank', 'noopener,noreferrer');
      return { ok: true, value: { opened: true } };
    },
    appInfo: () => post('app/info', {}),
    exportFile: async ({ goalId, format, reminders }) => {
      const r = await post('exportGoal', { goalId, format: format === 'pdf' ? 'html' : format, reminders: reminders ?? false });
      if (!r.ok) return r;
      const blob = new Blob([r.value.content], { type: r.value.mimeType });
      const url = URL.createObjectURL(blob);
      if (format === 'pdf') {
        // The browser's own print dialog makes the PDF ("Save as PDF").
        const w = window.open(url, '_blank');
        if (w) w.addEventListener('load', () => w.print(), { once: true });
      } else {
        const a = document.createElement('a');
        a.href = url;
        a.download = r.value.filename;
        a.click();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { ok: true, value: { saved: true } };
    },
    importFile: async (file?: File) => {
      if (!file) return { ok: true, value: { goalId: null } };
      if (file.size > 20 * 1024 * 1024) {
        return {
          ok: false,
          error: { code: 'invalid_input', message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; an import can be at most 20 MB.` },
        };
      }
      const r = await post('importGoal', { content: await file.text() });
      return r.ok ? { ok: true, value: { goalId: r.value.goal.id } } : r;
    },
    // The server closes its database, swaps the backup in and reopens; the page then reloads.
    restoreBackup: (name: string) => post('app/restore', { name }),
    // The preview has no native menu; its commands are reachable from the page itself.
    onCommand: () => () => undefined,
  };
  return { ...service, app } as unknown as PathwiseApi;
}
