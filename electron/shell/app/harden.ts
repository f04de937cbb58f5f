import { isTrustedSenderUrl } from './security';

/** The parts of a webContents / session the hardening needs; Electron's real objects satisfy them. */
export interface WebContentsLike {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
}

export interface SessionLike {
  setPermissionRequestHandler(handler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((wc: unknown, permission: string) => boolean) | null): void;
}

/** Navigation may only stay on the app's own pages; everything else is cancelled. */
export function isAllowedNavigation(url: string): boolean {
  // A custom scheme's URL has an opaque "null" origin, so compare scheme and host instead.
  return isTrustedSenderUrl(url);
}

/**
 * Denies new windows, navigation away from the app, webviews and every permission request.
 * Links the learner clicks go through `openExternal` instead, which has its own allowlist.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stay = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
