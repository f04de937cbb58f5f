import Database from 'better-sqlite3';

/**
 * The better-sqlite3 binary this process must use. `npm start` runs Electron over node_modules, whose
 * binary is built for Node; the shell sets an Electron build here once, before any file is opened, so
 * every open (the live database, backups, checks, restores) goes through the same binding.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** Every connection in the core is made here, so none can forget the process's binding. */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  const binding = options.nativeBinding ?? nativeBinding;
  return new Database(file, binding ? { ...options, nativeBinding: binding } : options);
}

export type { Database };
