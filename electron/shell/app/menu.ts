import type { AppCommand } from '../../../shared/contract/methods';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  command?: AppCommand;
  submenu?: MenuItemSpec[];
}

/** The native menu as data; `main.ts` turns `command` entries into clicks that message the window. */
export function menuTemplate(opts: { isMac: boolean; isDev: boolean }): MenuItemSpec[] {
  const view: MenuItemSpec[] = [{ label: 'Toggle Theme', accelerator: 'CmdOrCtrl+Shift+L', command: 'toggle-theme' }];
  if (opts.isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  view.push({ type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' });
  return [
    ...(opts.isMac ? [{ role: 'appMenu' }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Goal…', accelerator: 'CmdOrCtrl+N', command: 'new-goal' },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', command: 'export' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', command: 'import' },
        { label: 'Restore from Backup…', command: 'restore' },
        { type: 'separator' },
        { label: 'Study Rhythm…', command: 'study-rhythm' },
        { type: 'separator' },
        { role: opts.isMac ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    {
      label: 'Help',
      submenu: [
        { label: 'About Pathwise', command: 'show-about' },
        { label: 'Where My Data Lives', command: 'show-about' },
      ],
    },
  ];
}
