// Bundles the pathwise command and the browser preview server into plain JavaScript under dist/, so
// they start without compiling TypeScript. Run by `npm install` (prepare) and by CI.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

// Old chunks would linger beside the new ones.
rmSync('dist/node', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'electron/cli/main.ts', preview: 'electron/preview/main.ts' },
  outdir: 'dist/node',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The native SQLite binding is loaded from node_modules at run time.
  external: ['better-sqlite3'],
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __pathwiseRequire } from 'node:module'; const require = __pathwiseRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
