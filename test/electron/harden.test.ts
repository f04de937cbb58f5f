import { describe, expect, it } from 'vitest';
import { denyAllPermissions, hardenWebContents, isAllowedNavigation } from '../../electron/shell/app/harden';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => void (openHandler = h),
    on: (event: string, fn: Listener) => void listeners.set(event, fn),
    open: (url: string) => openHandler!({ url }),
    fire(event: string, url?: string) {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => (prevented = true) }, url ?? '');
      return prevented;
    },
  };
}

describe('window hardening', () => {
  it('denies every new window', () => {
    const c = fakeContents();
    hardenWebContents(c);
    for (const url of ['https://example.com', 'app://pathwise/index.html', 'javascript:alert(1)']) expect(c.open(url)).toEqual({ action: 'deny' });
  });

  it('cancels navigation and redirects away from the app, and every webview', () => {
    const c = fakeContents();
    hardenWebContents(c);
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(c.fire('will-navigate', 'app://pathwise/index.html')).toBe(false);
    expect(c.fire('will-attach-webview')).toBe(true);
    expect(isAllowedNavigation('app://pathwise.evil/index.html')).toBe(false);
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: ((wc: unknown, p: string) => boolean) | null = null;
    denyAllPermissions({ setPermissionRequestHandler: (h) => void (request = h), setPermissionCheckHandler: (h) => void (check = h) });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      request!(null, p, (g) => (granted = g));
      expect(granted).toBe(false);
      expect(check!(null, p)).toBe(false);
    }
  });
});
