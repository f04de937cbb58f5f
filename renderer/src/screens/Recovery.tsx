import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo, RecoveryInfo } from '../../../shared/contract/api';
import type { Output } from '../../../shared/contract/contract';
import { firstAppInfo } from '../data/first-reads';
import { api, call, messageOf, watchDamage } from '../lib/api';

type Backup = Output<'listBackups'>[number];

/**
 * Shows the recovery screen instead of the app while the database is damaged or missing: found at
 * start, or reported by any answer during the session.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RecoveryInfo | null | 'loading'>(api ? 'loading' : null);
  useEffect(() => {
    if (!api) return;
    // The first answer is the one the page asked for as it loaded (data/first-reads.ts).
    const ask = (first: Promise<AppInfo> | null = null) =>
      (first ?? api!.app.appInfo()).then(
        (i) => setState(i.recovery ?? null),
        () => setState(null),
      );
    void ask(firstAppInfo());
    // The service stopped using the file when it found the damage, and says so in appInfo from then on.
    return watchDamage(() => void ask());
  }, []);
  if (state === 'loading') return null;
  return state ? <Recovery info={state} /> : <>{children}</>;
}

/** The backups, newest first, each restorable in one click; the damaged files are kept where the message says. */
export function Recovery({ info }: { info: RecoveryInfo }) {
  const [list, setList] = useState<Backup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    call('listBackups', {}).then(setList, (e) => setError(messageOf(e)));
  }, []);
  const restore = async (name: string) => {
    setBusy(name);
    setError(null);
    const r = await api!.app.restoreBackup(name);
    if (!r.ok) {
      setBusy(null);
      return setError(r.error.message);
    }
    // The desktop app reloads the window itself; the browser preview needs the page reloaded.
    window.location.reload();
  };
  return (
    <main className="welcome" aria-labelledby="recovery-h" style={{ textAlign: 'start' }}>
      <h1 id="recovery-h">Pathwise cannot use its database</h1>
      <p role="alert" className="error">
        {info.problem}
      </p>
      {info.movedTo && (
        <p>
          Nothing was deleted: the damaged files are kept in <code>{info.movedTo}</code>.
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h2>Restore a backup</h2>
      {list === null ? (
        <p role="status">Loading backups…</p>
      ) : list.length === 0 ? (
        <p>There are no backups. Quit and start Pathwise again to begin with an empty database.</p>
      ) : (
        <ul className="catalog-list" aria-label="Backups, newest first">
          {list.map((b) => (
            <li key={b.name}>
              <span>
                {new Date(b.createdAt).toLocaleString()} · {b.reason} · {Math.ceil(b.bytes / 1024)} KB
              </span>
              <button
                type="button"
                className="primary"
                disabled={busy !== null}
                onClick={() => restore(b.name)}
                aria-label={`Restore the backup of ${new Date(b.createdAt).toLocaleString()}`}
              >
                {busy === b.name ? 'Restoring…' : 'Restore'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Restoring replaces the database with the backup you pick; what is there now is set aside in a replaced- folder, never deleted.</p>
    </main>
  );
}
