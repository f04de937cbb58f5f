import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppFile } from '../../electron/shell/app/protocol';
import { tempDir } from '../helpers';

function site() {
  const dir = tempDir();
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pathwise</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  return { root, dir };
}

describe('app:// protocol', () => {
  it("serves the app's own files with the CSP on every response", async () => {
    const { root } = site();
    const index = await serveAppFile('app://pathwise/', root);
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toMatch(/text\/html/);
    expect(index.headers['Content-Security-Policy']).toMatch(/default-src 'none'/);
    const js = await serveAppFile('app://pathwise/assets/app.js', root);
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toMatch(/javascript/);
    expect((await serveAppFile('app://pathwise/missing.js', root)).status).toBe(404);
  });

  it.each(['app://pathwise/../secret.txt', 'app://pathwise/%2e%2e/secret.txt', 'app://pathwise/assets/../../secret.txt'])(
    'keeps %s inside the app folder (the URL parser folds the dots away)',
    async (url) => {
      const { root } = site();
      const file = resolveAppFile(url, root);
      expect(file === null || file.startsWith(root + '/')).toBe(true);
      const r = await serveAppFile(url, root);
      expect([403, 404]).toContain(r.status);
      expect(String(r.body)).not.toContain('do not serve');
    },
  );

  it.each([
    'app://pathwise/%2E%2E%2Fsecret.txt',
    'app://pathwise/assets/..%2f..%2fsecret.txt',
    'app://pathwise/..%5csecret.txt',
    'app://pathwise/assets%5c..%5c..%5csecret.txt',
    'app://pathwise/%00index.html',
    'app://pathwise/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'app://pathwise@evil/index.html',
  ])('refuses %s', async (url) => {
    const { root } = site();
    expect(resolveAppFile(url, root)).toBeNull();
    const r = await serveAppFile(url, root);
    expect(r.status).toBe(403);
    expect(String(r.body)).not.toContain('do not serve');
  });
});
