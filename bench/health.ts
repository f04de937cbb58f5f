import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectDatabase } from '../electron/core/store/health';
import { openDatabase } from '../electron/core/store/open';
import { median, type Figure } from './measure';

/**
 * The damage check every open runs (header, schema, quick_check) on a 100 MB database: it must stay
 * fast enough to run at each start of the app, the preview and every CLI command.
 */
export async function benchOpenCheck(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-health-'));
  try {
    const file = join(dir, 'pathwise.db');
    const db = openDatabase(file, { synchronous: 'OFF' });
    const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    // Many rows rather than one blob, so quick_check walks a real b-tree: 25 rounds of 2,000 rows of 1.6 kB.
    for (let i = 0; i < 25; i++) {
      db.transaction(() => {
        for (let k = 0; k < 2000; k++) put.run(`pad-${i}-${k}`, randomBytes(1200).toString('base64'));
      })();
    }
    db.close();
    const mb = statSync(file).size / 1024 / 1024;
    const ms = median(() => void inspectDatabase(file, dir), 5, 1);
    return [{ name: `open-time damage check on a ${Math.round(mb)} MB database`, value: Math.round(ms), unit: 'ms', target: '< 1000 ms', pass: ms < 1000 }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
