// `npm run dev`: rebuilds the renderer on every change and reloads the window, keeping the app on
// app:// with its real CSP (a dev server would need inline scripts the CSP forbids).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const watcher = spawn('npx', ['vite', 'build', '--watch', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, stdio: 'inherit' });
const app = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PATHWISE_DEV_RELOAD: '1' } });
app.on('exit', (code) => {
  watcher.kill();
  process.exit(code ?? 0);
});
