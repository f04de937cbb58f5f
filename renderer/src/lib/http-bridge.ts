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
      // The preview has no native menu; its commands are reachable from the page itself.
      onCommand: () => () => undefined,
  };
  return { ...service, app } as unknown as PathwiseApi;
}
