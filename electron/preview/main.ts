import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, resolveDataDir } from '../core/paths';
import { createService } from '../core/service/index';
import { backupDue, createBackup } from '../core/store/backup';
import { openDatabase } from '../core/store/open';
import { startPreview } from './server';

const ROOT = join(import.meta.dirname, '..', '..');

/** `npm run web`: the app in a browser, on 127.0.0.1 only. The first line printed is the URL. */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true }));
  } catch (e) {
    process.stderr.write(`pathwise web: ${(e as Error).message}\n`);
    return 2;
  }
  const portText = values.port ?? process.env.PORT ?? '5178';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    process.stderr.write(`pathwise web: --port must be a number from 0 to 65535, got "${portText}"\n`);
    return 2;
  }
  const root = join(ROOT, 'dist', 'renderer');
  if (!existsSync(join(root, 'index.html'))) {
    process.stderr.write('pathwise web: the renderer is not built; run "npm run build:renderer" first (npm run web does it for you).\n');
    return 1;
  }
  const dataDir = resolveDataDir(values['data-dir'], process.env);
  const db = openDatabase(databasePath(dataDir), { backupDir: dataDir });
  if (backupDue(dataDir)) createBackup(db, dataDir, 'startup');
  const service = createService(db, undefined, { dataDir });
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  try {
    const preview = await startPreview({ service, root, port, dataDir, version });
    process.stdout.write(`${preview.url}\n`);
    process.stdout.write(`Serving Pathwise from ${dataDir} on 127.0.0.1 only. Press Ctrl+C to stop.\n`);
    const stop = () => void preview.close().then(() => (service.close(), process.exit(0)));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    service.close();
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`pathwise web: cannot listen on 127.0.0.1:${port}${code === 'EADDRINUSE' ? ' (the port is in use; pass --port)' : ''}\n`);
    return 1;
  }
  return 0;
}
