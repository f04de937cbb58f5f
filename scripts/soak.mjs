#!/usr/bin/env node
// `npm run soak`: the reliability suite at full strength (10,000 fuzzed payloads per method, 100 kills
// during writes and during restores, 30 s of concurrent writers). CI runs the same files in short form.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/reliability', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATHWISE_SOAK: '1' },
});
process.exit(r.status ?? 1);
