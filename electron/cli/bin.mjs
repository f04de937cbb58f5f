#!/usr/bin/env node
// Starts the bundled CLI (plain JavaScript built by `npm install` through prepare), so no TypeScript
// is compiled on each launch.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/node/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('pathwise: the command is not built yet; run "npm install" (with the dev dependencies), which builds it.\n');
  process.exit(1);
}
const { run } = await import(bundle);
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
