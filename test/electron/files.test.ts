import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAppIpc } from '../../electron/shell/app/app-ipc';
import { exportToFile, importFromFile, type FileDeps } from '../../electron/shell/app/files';
import type { IpcEventLike } from '../../electron/shell/app/ipc';
import { RESTORE_CHANNEL } from '../../shared/contract/methods';
import { ok, profile, tempDir, tempService } from '../helpers';

function deps(over: Partial<FileDeps> = {}) {
  const { service } = tempService();
  const goalId = ok(service.call('createGoal', { profile: profile() })).goal.id;
  const printed: string[] = [];
  const d: FileDeps = {
    service: () => service,
    askSavePath: async () => null,
    askOpenPath: async () => null,
    printToPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 fake')),
    ...over,
  };
  return { d, goalId, service, printed };
}

describe('File → Export…', () => {
  it('writes the chosen format atomically where the learner chose, leaving no partial file', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    const { d, goalId } = deps({ askSavePath: async (name) => (expect(name).toBe('PyTorch-for-vision.md'), target) });
    expect(await exportToFile({ goalId, format: 'md' }, d)).toEqual({ ok: true, value: { saved: true } });
    expect(readFileSync(target, 'utf8')).toMatch(/^# PyTorch for vision/);
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('prints PDFs from the HTML export', async () => {
    const target = join(tempDir(), 'plan.pdf');
    const { d, goalId, printed } = deps({ askSavePath: async (name) => (expect(name).toMatch(/\.pdf$/), target) });
    expect(await exportToFile({ goalId, format: 'pdf' }, d)).toMatchObject({ ok: true });
    expect(printed[0]).toMatch(/^<!doctype html>/);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('writes nothing when cancelled, and refuses a bad request or a path from the page', async () => {
    const { d, goalId } = deps();
    expect(await exportToFile({ goalId, format: 'md' }, d)).toEqual({ ok: true, value: { saved: false } });
    expect(await exportToFile({ goalId, format: 'exe' }, d)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'format' } });
    expect(await exportToFile({ goalId, format: 'md', path: '/etc/passwd' }, d)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await exportToFile({ goalId: 999, format: 'md' }, d)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('File → Import…', () => {
  it('imports the chosen file as a new goal', async () => {
    const { d, goalId, service } = deps();
    const file = join(tempDir(), 'goal.json');
    writeFileSync(file, ok(service.call('exportGoal', { goalId, format: 'json' })).content);
    const r = await importFromFile({ ...d, askOpenPath: async () => file });
    expect(r).toEqual({ ok: true, value: { goalId: 2 } });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const { d, service } = deps();
    const file = join(tempDir(), 'huge.json');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 32));
    expect(await importFromFile({ ...d, askOpenPath: async () => file })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /21\.0 MB/ } });
    expect(ok(service.call('listGoals', {}))).toHaveLength(1);
    expect(await importFromFile(d)).toEqual({ ok: true, value: { goalId: null } });
    expect(existsSync(file)).toBe(true);
  });
});

describe('File → Restore from backup…', () => {
  it("accepts only a backup name from the app's own frame", async () => {
    const handlers = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
    const restored: string[] = [];
    registerAppIpc(
      { handle: (c, fn) => void handlers.set(c, fn) },
      {
        info: () => ({ version: '1', dataDir: '/d', catalogVersion: 'c', shell: 'desktop' }),
        isCatalogUrl: () => false,
        confirmOpen: async () => false,
        openExternal: async () => undefined,
        files: deps().d,
        restore: async (name) => (restored.push(name), { ok: true, value: { restored: name } }),
      },
    );
    const restore = handlers.get(RESTORE_CHANNEL)!;
    const app = { senderFrame: { url: 'app://pathwise/index.html' } };
    expect(await restore(app, '../../etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await restore({ senderFrame: { url: 'https://evil.example' } }, 'pathwise-20261125T100000000Z-manual.db')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await restore(app, 'pathwise-20261125T100000000Z-manual.db')).toMatchObject({ ok: true });
    expect(restored).toEqual(['pathwise-20261125T100000000Z-manual.db']);
  });
});
