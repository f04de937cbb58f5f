import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../electron/core/service/index';
import { openDatabase } from '../electron/core/store/open';
import { EXPORT_FORMATS } from '../shared/export/schema';
import { seedLargePlan } from '../test/e2e/harness';
import { median, type Figure } from './measure';

/** Exporting a 10,000-item plan to each text format, and importing its JSON. */
export function benchExchange(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-x-'));
  try {
    const db = openDatabase(join(dir, 'pathwise.db'), { synchronous: 'OFF' });
    const goalId = seedLargePlan(db, 10_000);
    const service = createService(db);
    const figures: Figure[] = [];
    let json = '';
    for (const format of EXPORT_FORMATS) {
      const ms = median(
        () => {
          const r = service.call('exportGoal', { goalId, format });
          if (!r.ok) throw new Error(r.error.message);
          if (format === 'json') json = r.value.content;
        },
        5,
        1,
      );
      figures.push({ name: `export 10k-item plan as ${format}`, value: ms, unit: 'ms', target: '< 1000 ms', pass: ms < 1000 });
    }
    const ms = median(
      () => {
        const r = service.call('importGoal', { content: json });
        if (!r.ok) throw new Error(r.error.message);
      },
      3,
      1,
    );
    figures.push({ name: `import that JSON (${(json.length / 1024 / 1024).toFixed(1)} MB)`, value: ms, unit: 'ms', target: '< 2000 ms', pass: ms < 2000 });
    service.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
