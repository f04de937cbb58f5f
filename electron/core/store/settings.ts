import type { Database } from 'better-sqlite3';

export function settingStatements(db: Database) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  return {
    get(key: string): string | undefined {
      return get.get(key) as string | undefined;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
  };
}

export type SettingStatements = ReturnType<typeof settingStatements>;

/**
 * A stamp that changes whenever the data may have: this connection's change count, and SQLite's
 * data_version, which moves when another connection (the CLI beside the app) commits.
 */
export function dataStamp(db: Database): () => string {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const version = db.prepare('PRAGMA data_version').pluck();
  return () => `${changes.get() as number}.${version.get() as number}`;
}
