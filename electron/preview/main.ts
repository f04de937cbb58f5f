import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/paths';
import { openDataHolder, type DataHolder } from '../core/service/holder';
import { StoreError } from '../core/store/errors';
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
  let holder: DataHolder;
  try {
    holder = openDataHolder(dataDir, 'preview');
  } catch (e) {
    // A newer, busy or unreadable database: one line saying what to do, never a stack trace.
    process.stderr.write(
      `pathwise web: ${e instanceof StoreError ? e.message : `cannot open the data folder ${dataDir}: ${e instanceof Error ? e.message : String(e)}`}\n`,
    );
    return 1;
  }
  const service = holder.service;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  try {
    const preview = await startPreview({ service, root, port, dataDir, version, recovery: holder.recovery, restore: holder.restore });
    process.stdout.write(`${preview.url}\n`);
    const damaged = holder.recovery();
    if (damaged) process.stderr.write(`pathwise web: ${damaged.problem} The page offers the backups too.\n`);
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
