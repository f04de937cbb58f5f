import { renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { goalId } from '../../shared/contract/ids';
import { FILE_FORMATS } from '../../shared/contract/methods';
import { describeIssue, type Result } from '../../shared/contract/results';
import { MAX_IMPORT_BYTES } from '../import/guard';
import type { Service } from '../service/index';

export const ExportRequestSchema = z.object({ goalId, format: z.enum(FILE_FORMATS), reminders: z.boolean().default(false) }).strict();
export const BackupNameSchema = z.string().regex(/^pathwise-\d{8}T\d{9}Z-[a-z]+\.db$/, { message: 'is not a backup name' });

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export interface FileDeps {
  service: () => Service;
  askSavePath(defaultName: string): Promise<string | null>;
  askOpenPath(): Promise<string | null>;
  printToPdf(html: string): Promise<Uint8Array>;
}

/** File → Export…: the main process asks where, writes atomically; the page never names a path. */
export async function exportToFile(raw: unknown, deps: FileDeps): Promise<Result<{ saved: boolean }>> {
  const parsed = ExportRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeIssue(parsed.error.issues) } };
  const { goalId: id, format, reminders } = parsed.data;
  const r = deps.service().call('exportGoal', { goalId: id, format: format === 'pdf' ? 'html' : format, reminders });
  if (!r.ok) return r;
  const name = format === 'pdf' ? r.value.filename.replace(/\.html$/, '.pdf') : r.value.filename;
  const path = await deps.askSavePath(name);
  if (!path) return { ok: true, value: { saved: false } };
  try {
    writeFileAtomic(path, format === 'pdf' ? await deps.printToPdf(r.value.content) : r.value.content);
  } catch (e) {
    return { ok: false, error: { code: 'storage', message: `Could not write ${path}: ${e instanceof Error ? e.message : String(e)}` } };
  }
  return { ok: true, value: { saved: true } };
}

/** File → Import…: size is checked before the file is read. */
export async function importFromFile(deps: FileDeps): Promise<Result<{ goalId: number | null }>> {
  const path = await deps.askOpenPath();
  if (!path) return { ok: true, value: { goalId: null } };
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, error: { code: 'not_found', message: `Cannot read ${path}.` } };
  }
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'invalid_input', message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; an import can be at most 20 MB.` } };
  }
  const r = deps.service().call('importGoal', { content: readFileSync(path, 'utf8') });
  return r.ok ? { ok: true, value: { goalId: r.value.goal.id } } : r;
}
