import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReminderNotice } from '../../../shared/rhythm/reminder-loop';
import { writeFileAtomic } from '../../core/files/atomic';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}
export interface NotificationCtorLike {
  new (options: { title: string; body: string; silent?: boolean }): NotificationLike;
  isSupported(): boolean;
}

/** Shows a reminder; clicking it opens "This week". False where the OS has no notifications. */
export function showReminder(Notification: NotificationCtorLike, notice: ReminderNotice, openWeek: () => void): boolean {
  if (!Notification.isSupported()) return false;
  const n = new Notification({ title: notice.title, body: notice.body, silent: false });
  n.on('click', openWeek);
  n.show();
  return true;
}

/** Passed when the OS starts Pathwise at login, so it opens to the tray without a window. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemAppLike {
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
}

export interface LoginItemTarget {
  platform: NodeJS.Platform;
  app: LoginItemAppLike;
  /** The executable the OS should start; process.execPath, or the AppImage's own path on Linux. */
  execPath: string;
  /** `$XDG_CONFIG_HOME/autostart` (default `~/.config/autostart`); Electron has no login items on Linux. */
  autostartDir: string;
}

/**
 * Opens Pathwise at login, hidden in the tray, or stops doing so. macOS and Windows use Electron's
 * login items; Linux desktops follow the XDG autostart convention, a .desktop file.
 */
export function setOpenAtLogin(target: LoginItemTarget, enabled: boolean): void {
  if (target.platform === 'darwin' || target.platform === 'win32') {
    target.app.setLoginItemSettings({ openAtLogin: enabled, args: enabled ? [HIDDEN_ARG] : [] });
    return;
  }
  const file = join(target.autostartDir, 'pathwise.desktop');
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(target.autostartDir, { recursive: true });
  // Exec quoting per the Desktop Entry spec: the path in double quotes, with ", `, $ and \ escaped.
  const exec = `"${target.execPath.replace(/(["`$\\])/g, '\\$1')}" ${HIDDEN_ARG}`;
  writeFileAtomic(
    file,
    [
      '[Desktop Entry]',
      'Type=Application',
      'Name=Pathwise',
      'Comment=Study reminders from your learning plan',
      `Exec=${exec}`,
      'X-GNOME-Autostart-enabled=true',
      '',
    ].join('\n'),
  );
}

export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes(HIDDEN_ARG);
}

export interface TrayActions {
  openWindow(): void;
  openWeek(): void;
  /** Shows the last reminder again later; only offered while reminders are on. */
  snooze?: () => void;
  quit(): void;
}

/** The tray's menu: what a learner needs without opening the window. */
export function trayMenu(actions: TrayActions, next: string | null) {
  return [
    ...(next ? [{ label: next, enabled: false }, { type: 'separator' as const }] : []),
    { label: 'Open Pathwise', click: actions.openWindow },
    { label: 'This week', click: actions.openWeek },
    ...(actions.snooze ? [{ label: 'Snooze reminder 10 minutes', click: actions.snooze }] : []),
    { type: 'separator' as const },
    { label: 'Quit Pathwise', click: actions.quit },
  ];
}
