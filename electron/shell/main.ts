// The Electron entry point: wiring only. Everything it calls is a plain module tested under Node.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  protocol,
  screen,
  session,
  shell,
  Tray,
  type MenuItemConstructorOptions,
} from 'electron';
import { randomUUID } from 'node:crypto';
import { existsSync, watch } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CATALOG, CATALOG_VERSION } from '../../shared/catalog/index';
import { COMMAND_CHANNEL, type AppCommand } from '../../shared/contract/methods';
import { registerAppIpc } from './app/app-ipc';
import { denyAllPermissions, hardenWebContents, type WebContentsLike } from './app/harden';
import { registerServiceIpc } from './app/ipc';
import { menuTemplate, type MenuItemSpec } from './app/menu';
import { serveAppFile } from './app/protocol';
import { APP_ORIGIN, APP_SCHEME, secureWebPreferences } from './app/security';
import { startStudyRhythm } from './app/rhythm-wiring';
import { startedHidden, trayMenu } from './app/study-rhythm';
import { loadWindowState, saveWindowState, visibleState } from './app/window-state';
import { resolveDataDir } from '../core/paths';
import { openDataHolder, type DataHolder } from '../core/service/holder';
import type { Service } from '../core/service/index';
import { useNativeBinding } from '../core/store/sqlite';

const isDev = !app.isPackaged;

/**
 * `npm start` runs Electron over node_modules, whose better-sqlite3 is built for Node (the tests use
 * it); scripts/electron-binding.mjs builds an Electron copy into dist/native. Packaged apps carry a
 * module rebuilt for Electron and need nothing here.
 */
function nativeBindingFor(abi: string): string | undefined {
  const candidate = join(__dirname, '..', 'native', `better_sqlite3-electron-${abi}.node`);
  return !app.isPackaged && existsSync(candidate) ? candidate : undefined;
}
// Set once for the whole process, so backups, checks and restores open files with the same binary.
useNativeBinding(nativeBindingFor(process.versions.modules));
const rendererRoot = join(__dirname, '..', 'renderer');
const dataDir = resolveDataDir(process.env.PATHWISE_DATA_DIR);
app.setPath('userData', dataDir);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

let win: BrowserWindow | null = null;
let holder: DataHolder | null = null;
/** Pages printed to PDF, served once from memory under app://pathwise/__print/. */
const printPages = new Map<string, string>();

/** IPC handlers hold this stand-in; the holder swaps the database underneath it on a restore. */
const currentService: Service = {
  call: (method, input) =>
    holder
      ? holder.service.call(method, input)
      : { ok: false, error: { code: 'unavailable', message: 'The database is not open yet; try again in a moment.' } },
  close: () => holder?.close(),
};

/** Prints an export page in a hidden window: sandboxed, no preload, no JavaScript, the app's CSP. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const key = `${randomUUID()}.html`;
  printPages.set(key, html);
  const printer = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(undefined), javascript: false } });
  try {
    await printer.loadURL(`${APP_ORIGIN}/__print/${key}`);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    printPages.delete(key);
    printer.destroy();
  }
}

function send(command: AppCommand) {
  win?.webContents.send(COMMAND_CHANNEL, command);
}

function toMenu(items: MenuItemSpec[]): MenuItemConstructorOptions[] {
  return items.map((i) => ({
    ...(i.label ? { label: i.label } : {}),
    ...(i.role ? { role: i.role as MenuItemConstructorOptions['role'] } : {}),
    ...(i.type ? { type: i.type } : {}),
    ...(i.accelerator ? { accelerator: i.accelerator } : {}),
    ...(i.command ? { click: () => send(i.command!) } : {}),
    ...(i.submenu ? { submenu: toMenu(i.submenu) } : {}),
  }));
}

/** Shows the window, creating it if Pathwise started hidden in the tray or the window was closed. */
function showWindow() {
  if (!win || win.isDestroyed()) createWindow(true);
  else {
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }
}

function openWeek() {
  showWindow();
  // A window still loading has no listener yet; it asks for the week itself once its page is up.
  if (win?.webContents.isLoading()) win.webContents.once('did-finish-load', () => send('open-week'));
  else send('open-week');
}

let tray: Tray | null = null;
let quitting = false;
/** The tray exists while the learner keeps Pathwise running in the background for reminders. */
function syncTray(keep: boolean, next: string | null, snooze?: () => void) {
  if (!keep) {
    tray?.destroy();
    tray = null;
    return;
  }
  tray ??= new Tray(nativeImage.createFromPath(join(__dirname, '..', '..', 'build', 'icon.png')));
  tray.setToolTip('Pathwise');
  tray.setContextMenu(
    Menu.buildFromTemplate(trayMenu({ openWindow: showWindow, openWeek, ...(snooze ? { snooze } : {}), quit: () => ((quitting = true), app.quit()) }, next)),
  );
}

function createWindow(show = true) {
  const state = visibleState(loadWindowState(dataDir), screen.getAllDisplays());
  win = new BrowserWindow({
    ...state,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Pathwise',
    icon: join(__dirname, '..', '..', 'build', 'icon.png'),
    backgroundColor: '#0f172a',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  hardenWebContents(win.webContents as unknown as WebContentsLike);
  if (state.maximized) win.maximize();
  if (show) win.once('ready-to-show', () => win?.show());
  win.on('close', () => {
    if (!win) return;
    saveWindowState(dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  if (isDev && process.env.PATHWISE_DEV_RELOAD) watchRenderer();
}

/** In `npm run dev`, reload the window whenever the renderer bundle is rebuilt. */
function watchRenderer() {
  let timer: NodeJS.Timeout | undefined;
  watch(rendererRoot, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => win?.webContents.reloadIgnoringCache(), 150);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showWindow());

  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents as unknown as WebContentsLike));

  void app.whenReady().then(() => {
    let rhythm: ReturnType<typeof startStudyRhythm> | null = null;
    try {
      // Damage opens the recovery screen instead; a newer or unreadable database ends here.
      holder = openDataHolder(dataDir, 'app');
    } catch (e) {
      dialog.showErrorBox('Pathwise cannot open its data', e instanceof Error ? e.message : String(e));
      app.quit();
      return;
    }
    denyAllPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, async (request) => {
      const printed = /^app:\/\/pathwise\/__print\/([\w-]+\.html)$/.exec(request.url)?.[1];
      if (printed && printPages.has(printed)) {
        return new Response(printPages.get(printed)!, {
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
        });
      }
      const r = await serveAppFile(request.url, rendererRoot);
      return new Response(typeof r.body === 'string' ? r.body : new Uint8Array(r.body), { status: r.status, headers: r.headers });
    });
    // What the page and the tray call: the service, with rhythm settings taking effect at once.
    let ipcService: Service | null = null;
    const keep = () => {
      const notice = currentService.call('reminderNotice', {});
      const remindersOn = rhythm?.remindersOn() ?? false;
      const snooze = () => void ipcService?.call('snoozeReminder', { minutes: 10 });
      syncTray(rhythm?.keepInTray() ?? false, notice.ok && notice.value ? notice.value.body : null, remindersOn ? snooze : undefined);
    };
    rhythm = startStudyRhythm({
      Notification,
      service: () => currentService,
      openWeek,
      onSettingsChanged: keep,
      login: {
        platform: process.platform,
        app,
        execPath: process.env.APPIMAGE ?? process.execPath,
        autostartDir: join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart'),
      },
    });
    keep();
    // Settings saved from the page reach the reminders, the login item and the tray at once.
    ipcService = rhythm.watching(currentService);
    registerServiceIpc(ipcMain, ipcService);
    const catalogUrls = new Set(CATALOG.map((r) => r.url));
    registerAppIpc(ipcMain, {
      info: () => ({ version: app.getVersion(), dataDir, catalogVersion: CATALOG_VERSION, shell: 'desktop', recovery: holder?.recovery() ?? null }),
      isCatalogUrl: (url) => catalogUrls.has(url),
      confirmOpen: async (url) => {
        const { response } = await dialog.showMessageBox(win!, {
          type: 'question',
          buttons: ['Open in Browser', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          message: 'Open a link you added yourself?',
          detail: url,
        });
        return response === 0;
      },
      openExternal: (url) => shell.openExternal(url),
      files: {
        service: () => currentService,
        askSavePath: async (name) => {
          const r = await dialog.showSaveDialog(win!, { defaultPath: join(app.getPath('documents'), name) });
          return r.canceled || !r.filePath ? null : r.filePath;
        },
        askOpenPath: async () => {
          const r = await dialog.showOpenDialog(win!, { properties: ['openFile'], filters: [{ name: 'Pathwise goal', extensions: ['json'] }] });
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
        printToPdf,
      },
      restore: async (name) => {
        const r = holder!.restore(name);
        if (r.ok) win?.webContents.reloadIgnoringCache();
        return r.ok ? { ok: true, value: { restored: r.value.restored } } : r;
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toMenu(menuTemplate({ isMac: process.platform === 'darwin', isDev }))));
    // Started at login, hidden: only the tray until the learner opens the window or a reminder.
    createWindow(!(startedHidden(process.argv) && rhythm.keepInTray()));
    app.on('before-quit', () => {
      quitting = true;
      rhythm?.stop();
    });
  });

  app.on('window-all-closed', () => {
    // With the tray on, closing the window keeps Pathwise running so reminders still arrive.
    if (tray && !quitting) return;
    holder?.close();
    app.quit();
  });
}
