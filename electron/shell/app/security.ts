/** The custom scheme the renderer is served from; never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pathwise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The app never touches the network: scripts, styles, images and fonts come only from the app itself,
 * no plugins, no framing, no form posts. `style-src 'unsafe-inline'` is needed by React Flow and the
 * chart library, which set element styles; no inline script is ever allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Web preferences for every window that shows app content. */
export function secureWebPreferences(preload: string | undefined) {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/** Only the app's own pages may talk to the main process. */
export function isTrustedSenderUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

export { isAllowedExternalUrl } from '../../../shared/security/urls';
