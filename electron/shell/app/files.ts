import { z } from 'zod';
import { goalId } from '../../../shared/contract/ids';
import { FILE_FORMATS } from '../../../shared/contract/methods';
import { describeIssue, ServiceError, type Result } from '../../../shared/contract/results';
import { readImportFile, writeFileAtomic } from '../../core/files/atomic';
import type { Service } from '../../core/service/index';

export const ExportRequestSchema = z.object({ goalId, format: z.enum(FILE_FORMATS), reminders: z.boolean().default(false) }).strict();
export const BackupNameSchema = z.string().regex(/^pathwise-\d{8}T\d{9}Z-[a-z]+\.db$/, { message: 'is not a backup name' });

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
  let content: string;
  try {
    content = readImportFile(path);
  } catch (e) {
    if (e instanceof ServiceError) return { ok: false, error: e.toData() };
    throw e;
  }
  const r = deps.service().call('importGoal', { content });
  return r.ok ? { ok: true, value: { goalId: r.value.goal.id } } : r;
}
