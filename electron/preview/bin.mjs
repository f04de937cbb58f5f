#!/usr/bin/env node
// Starts the bundled preview server (plain JavaScript built by `npm install` through prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/node/preview.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('pathwise web: the server is not built yet; run "npm run build:node" (npm install does it).\n');
  process.exit(1);
}
const { main } = await import(bundle);
const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
