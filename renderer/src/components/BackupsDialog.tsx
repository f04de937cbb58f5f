import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/contract/contract';
import { api, call, messageOf } from '../lib/api';
import { Modal } from './Modal';

type Backup = Output<'listBackups'>[number];

/** Verified backups: make one now, or restore one (the current database is set aside, never lost). */
export function BackupsDialog({ onClose, notify }: { onClose(): void; notify(m: string): void }) {
  const [list, setList] = useState<Backup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const load = () => call('listBackups', {}).then(setList, (e) => setError(messageOf(e)));
  useEffect(() => void load(), []);
  const backUp = async () => {
    try {
      await call('createBackup', {});
      notify('Backup made and verified.');
      await load();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const restore = async (name: string) => {
    const r = await api!.app.restoreBackup(name);
    setConfirm(null);
    if (!r.ok) return setError(r.error.message);
    notify(`Restored ${name}.`);
    // The desktop app reloads the window itself; the browser preview reloads the page here.
    window.location.reload();
  };
  return (
    <Modal title="Backups" onClose={onClose}>
      <p className="muted">
        Pathwise backs up your data at start-up (once a day), before every update of its database and before every import, keeping one a day for a week and one
        a week for a month. Backups you make here are kept until you delete them.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {list === null ? (
        <p role="status">Loading…</p>
      ) : list.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <ul className="catalog-list">
          {list.map((b) => (
            <li key={b.name}>
              <span>
                {new Date(b.createdAt).toLocaleString()} · {b.reason} · {Math.ceil(b.bytes / 1024)} KB
              </span>
              {confirm === b.name ? (
                <span>
                  <button type="button" className="danger" onClick={() => restore(b.name)}>
                    Replace my data with this backup
                  </button>{' '}
                  <button type="button" onClick={() => setConfirm(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirm(b.name)}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={backUp}>
          Back up now
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
