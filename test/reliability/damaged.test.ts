import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/store/backup';
import { StoreError } from '../../electron/core/store/errors';
import { openDataFolder } from '../../electron/core/store/folder';
import { restoreBackup } from '../../electron/core/store/restore';
import { bytesOf, cli, type Damage, DAMAGE, folderWithBackup, makeNewer, titles } from './fixtures';
import { contentHashes, report } from './scale';

/** Files the check itself may add: the owners registry and the damaged-/replaced- folders' new names. */
const bookkeeping = (rel: string) => rel.startsWith('owners');

describe('damaged databases: detected at open, moved aside whole, recovered from a backup', () => {
  const found: Record<string, string> = {};
  for (const damage of Object.keys(DAMAGE) as Damage[]) {
    it(`${damage}`, () => {
      const { dir, file, backup } = folderWithBackup();
      DAMAGE[damage](file);
      const before = contentHashes(dir, bookkeeping);

      let error: unknown;
      try {
        openDataFolder(dir, 'cli').close();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoreError);
      const e = error as StoreError;
      expect(e.code).toBe(damage === 'missing' ? 'missing' : 'damaged');
      // One line naming the problem and the two commands.
      expect(e.message).not.toMatch(/\n/);
      expect(e.message).toContain('pathwise backup list');
      expect(e.message).toContain('pathwise backup restore NAME');
      found[damage] = e.message.replace(dir, '<dir>').slice(0, 90);
      if (damage !== 'missing') {
        expect(e.movedTo).toMatch(/damaged-\d{8}T\d{9}Z$/);
        expect(e.message).toContain(e.movedTo!);
        expect(existsSync(file)).toBe(false);
        expect(readdirSync(e.movedTo!)).toContain('pathwise.db');
      }
      // Zero files deleted: every byte sequence that was in the folder still is.
      const after = contentHashes(dir, bookkeeping);
      for (const hash of before.keys()) expect(after.has(hash), `lost ${before.get(hash)}`).toBe(true);

      // Not a first run: the next open says the database is missing instead of starting empty.
      expect(() => openDataFolder(dir, 'cli')).toThrow(/is missing, but 1 backup is safe/);
      expect(listBackups(dir).map((b) => b.name)).toEqual([backup]);
      restoreBackup(dir, backup);
      expect(titles(dir)).toEqual(['Kept']);
    });
  }

  it('a database from a newer Pathwise is refused, not moved, byte for byte unchanged', () => {
    const { dir, file } = folderWithBackup();
    makeNewer(file);
    const bytes = bytesOf(file);
    expect(() => openDataFolder(dir, 'cli')).toThrow(/written by a newer Pathwise .* update Pathwise to open it/);
    expect(bytesOf(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir).some((n) => n.startsWith('damaged-'))).toBe(false);
  });

  it('the CLI prints one line with the two commands; backup list and restore work without the live database', () => {
    const { dir, file, backup } = folderWithBackup();
    DAMAGE['zeroed header'](file);
    const r = cli(dir, ['goal', 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^pathwise: The database .* is not an SQLite database \(its header is wrong\); it was moved to .*damaged-.*run "pathwise backup list", then "pathwise backup restore NAME"/,
    );
    const list = cli(dir, ['backup', 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(backup);
    const restored = cli(dir, ['backup', 'restore', backup]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(cli(dir, ['goal', 'list', '--json']).stdout).map((g: { title: string }) => g.title)).toEqual(['Kept']);
    report('damaged-db fixtures', { fixtures: Object.keys(found).length, detected: Object.keys(found).length, filesDeleted: 0 });
  });
});
