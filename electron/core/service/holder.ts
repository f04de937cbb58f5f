import type { Database } from 'better-sqlite3';
import type { RecoveryInfo } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/results';
import { BackupError, listBackups, startupBackup } from '../store/backup';
import { needsRecovery, StoreError } from '../store/errors';
import { openDataFolder, type OpenedFolder } from '../store/folder';
import { restoreBackup } from '../store/restore';
import type { Clock } from './context';
import { createService, type Service } from './index';

/** What the desktop app and the browser preview hold: one service that survives restores and damage. */
export interface DataHolder {
  /** A stable stand-in: IPC and HTTP handlers keep it while the database underneath is replaced. */
  service: Service;
  /** Set while the database is damaged or missing: only the backups can be listed and restored. */
  recovery(): RecoveryInfo | null;
  restore(name: string): Result<{ restored: string; setAside: string }>;
  /** The open connection (null in recovery mode), for seeding in tests and benchmarks. */
  database(): Database | null;
  close(): void;
}

/** The service while there is no sound database: the backups stay reachable, everything else says why not. */
function recoveryService(dataDir: string, info: RecoveryInfo): Service {
  return {
    call: ((method: string) =>
      method === 'listBackups'
        ? { ok: true, value: listBackups(dataDir) }
        : { ok: false, error: { code: 'damaged', message: info.problem } }) as Service['call'],
    close: () => undefined,
  };
}

/**
 * Asks once for what the page's first screen reads (the goal list and the first goal's plan), so the
 * resources are parsed and the schedule derived while the page is still loading its script, not
 * while the learner waits for the list. The answers are cached by the service and dropped here.
 */
export function warmUp(service: Service): void {
  const goals = service.call('listGoals', { includeArchived: false });
  const first = goals.ok ? goals.value[0] : undefined;
  if (first) service.call('getPlanLean', { goalId: first.id });
}

/**
 * Opens the data folder for a long-running process. Damage found at open (or reported later by
 * SQLite as SQLITE_CORRUPT / SQLITE_NOTADB) puts the holder in recovery mode instead of failing; a
 * newer, busy or unreadable database is thrown as the StoreError it is.
 */
export function openDataHolder(dataDir: string, kind: 'app' | 'preview', options: { clock?: Clock; log?: (line: string) => void } = {}): DataHolder {
  let folder: OpenedFolder | null = null;
  let live: Service;
  let recovery: RecoveryInfo | null = null;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));

  const enterRecovery = (info: RecoveryInfo) => {
    recovery = info;
    live = recoveryService(dataDir, info);
  };

  const open = () => {
    try {
      folder = openDataFolder(dataDir, kind);
    } catch (e) {
      if (!needsRecovery(e)) throw e;
      return enterRecovery({ problem: e.message, movedTo: (e as StoreError).movedTo ?? null });
    }
    recovery = null;
    try {
      const made = startupBackup(folder.db, dataDir, options.clock?.now());
      if ('skipped' in made && /quick_check/.test(made.skipped)) log(`pathwise: no start-up backup: ${made.skipped}`);
    } catch (e) {
      // A backup that cannot be made (a full disk) must not keep the learner from their data.
      log(`pathwise: the start-up backup failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    live = createService(folder.db, options.clock, { dataDir });
    const opened = folder;
    // After the current task, so opening returns at once; the page takes longer than this to boot.
    setImmediate(() => folder === opened && warmUp(live));
  };

  /** After a restore: whatever stops the database opening again (a restore elsewhere) is shown, not thrown. */
  const reopen = () => {
    try {
      open();
    } catch (e) {
      enterRecovery({ problem: e instanceof Error ? e.message : String(e), movedTo: null });
    }
  };

  const closeFolder = () => {
    folder?.close();
    folder = null;
  };

  open();
  const service: Service = {
    call: (method, input) => {
      const r = live.call(method, input);
      if (!r.ok && r.error.code === 'damaged' && !recovery) {
        // SQLite found damage mid-session: stop using the file; the next start moves it aside.
        closeFolder();
        enterRecovery({ problem: r.error.message, movedTo: null });
      }
      return r;
    },
    close: () => closeFolder(),
  };
  return {
    service,
    recovery: () => recovery,
    restore: (name) => {
      closeFolder();
      try {
        return { ok: true, value: restoreBackup(dataDir, name) };
      } catch (e) {
        const code =
          e instanceof BackupError
            ? ({ input: 'invalid_input', refused: 'conflict', damaged: 'storage' } as const)[e.kind]
            : e instanceof StoreError
              ? 'conflict'
              : 'storage';
        return { ok: false, error: { code, message: e instanceof Error ? e.message : String(e) } };
      } finally {
        reopen();
      }
    },
    database: () => (folder as OpenedFolder | null)?.db ?? null,
    close: () => closeFolder(),
  };
}
