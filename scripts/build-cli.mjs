// Bundles the pathwise command and the browser preview server into plain JavaScript under dist/, so
// they start without compiling TypeScript. Run by `npm install` (prepare) and by CI.
import { rmSync } from 'node:fs';

// esbuild is a dev dependency. An install without them (`npm ci --omit=dev`) still runs `prepare`; it
// must finish, and the command then says how to build itself rather than the install failing.
let build;
try {
  ({ build } = await import('esbuild'));
} catch (e) {
  if (process.env.npm_lifecycle_event !== 'prepare' || e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  // A build left from older code must not run as if it were this one.
  rmSync('dist/node', { recursive: true, force: true });
  process.stderr.write('pathwise: skipped building the command: esbuild is a dev dependency and was not installed.\n');
  process.exit(0);
}

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
