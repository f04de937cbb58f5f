import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDataHolder } from '../../electron/core/service/holder';
import { listBackups } from '../../electron/core/store/backup';
import { ok } from '../helpers';
import { folderWithBackup } from './fixtures';

describe('damage SQLite reports after the database opened', () => {
  it('SQLITE_CORRUPT on a read is answered as damage, with the commands, and the app switches to recovery', () => {
    const { dir, file } = folderWithBackup();
    const db = new Database(file, { readonly: true });
    const size = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    // A backup was made today, so opening reads no progress_log page before the damage lands.
    const holder = openDataHolder(dir, 'app', { log: () => undefined });
    const goal = ok(holder.service.call('listGoals', {}))[0]!.id;
    const fd = openSync(file, 'r+');
    // Every page but the header page: whatever the next read needs and has not cached is garbage.
    writeSync(fd, Buffer.alloc(size * (pages - 1), 0x5a), 0, size * (pages - 1), size);
    closeSync(fd);
    const r = holder.service.call('listLog', { goalId: goal });
    expect(r).toMatchObject({ ok: false, error: { code: 'damaged' } });
    if (!r.ok)
      expect(r.error.message).toMatch(
        /^The database is damaged \(SQLITE_(CORRUPT|NOTADB)\w*\); nothing was saved\. Reopen Pathwise to restore a backup, or run "pathwise backup list", then "pathwise backup restore NAME"\.$/,
      );
    expect(holder.recovery()?.problem).toMatch(/damaged/);
    // In recovery the backups stay reachable, and a restore brings the data back.
    expect(ok(holder.service.call('listBackups', {})).map((b) => b.name)).toEqual(listBackups(dir).map((b) => b.name));
    const restored = holder.restore(listBackups(dir)[0]!.name);
    expect(restored.ok).toBe(true);
    expect(holder.recovery()).toBeNull();
    expect(ok(holder.service.call('listGoals', {})).map((g) => g.title)).toEqual(['Kept']);
    holder.close();
  });
});
