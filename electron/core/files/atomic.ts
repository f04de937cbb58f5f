import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ServiceError } from '../../../shared/contract/results';
import { MAX_IMPORT_BYTES } from '../import/guard';

/**
 * Flushes a directory's entries (a rename is only durable once its directory is). Windows cannot open
 * a directory for syncing; there the rename is as durable as the OS makes it.
 */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to sync a directory; the data itself was already synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes and fsyncs a whole file under `path` (created or truncated). */
export function writeFileDurable(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The one writer for files the learner keeps (exports, window state, restore journals): a temporary
 * file beside the target, synced, renamed over it, and the directory synced, so after a crash or power
 * loss the target holds either the old or the new content, whole.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.partial`;
  try {
    writeFileDurable(tmp, content);
    renameSync(tmp, path);
    fsyncDirectory(dirname(path));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Reads a goal file for import; its size is checked before a byte is read. */
export function readImportFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ServiceError('not_found', `cannot read ${path} (no such file)`, 'file');
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new ServiceError('invalid_input', `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; an import can be at most 20 MB.`, 'file');
  }
  return readFileSync(path, 'utf8');
}
