import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { ServiceError } from '../../../shared/contract/results';
import { MAX_IMPORT_BYTES } from '../import/guard';

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
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
