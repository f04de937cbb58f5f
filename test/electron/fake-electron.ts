import { vi } from 'vitest';

/** A stand-in for the electron module: records what the main process asks of it. */
export function makeFakeElectron() {
  const handlers = new Map<string, (...a: unknown[]) => unknown>();
  const appListeners = new Map<string, (...a: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));

  class FakeWebContents {
    listeners = new Map<string, (...a: unknown[]) => unknown>();
    openHandler: ((d: { url: string }) => unknown) | null = null;
    sent: unknown[][] = [];
    setWindowOpenHandler(h: (d: { url: string }) => unknown) {
      this.openHandler = h;
    }
    on(e: string, fn: (...a: unknown[]) => unknown) {
      this.listeners.set(e, fn);
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    isLoading() {
      return false;
    }
    once(e: string, fn: (...a: unknown[]) => unknown) {
      this.listeners.set(e, fn);
    }
    reloadIgnoringCache() {}
    async printToPDF() {
      return new TextEncoder().encode('%PDF-1.4 fake');
    }
  }
  class FakeWindow {
    webContents = new FakeWebContents();
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
    maximize() {}
    show() {}
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    destroy() {}
  }

  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  class FakeTray {
    menu: unknown = null;
    destroyed = false;
    constructor(readonly image: unknown) {
      trays.push(this);
    }
    setToolTip() {}
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  class FakeNotification {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {}
    on() {}
    show() {
      notifications.push(this);
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      setPath: vi.fn(),
      getVersion: () => '0.0.0-test',
      getPath: () => '/nonexistent-documents',
      requestSingleInstanceLock: vi.fn(() => true),
      on: (e: string, fn: (...a: unknown[]) => unknown) => void appListeners.set(e, fn),
      whenReady: () => ready,
      quit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, fn: (...a: unknown[]) => unknown) => void handlers.set(channel, fn) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 1 })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined as string | undefined })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    Notification: FakeNotification,
    Tray: FakeTray,
    nativeImage: { createFromPath: (path: string) => ({ path }) },
  };
  return { electron, handlers, appListeners, windows, trays, notifications, resolveReady };
}
