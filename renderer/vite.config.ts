import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The page's first script is small and imports the app dynamically (src/main.tsx), so the service is
 * asked for data before the app has compiled. This tells the browser to fetch the app alongside it.
 */
function preloadApp(): Plugin {
  return {
    name: 'pathwise-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const app = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app-root.tsx'));
        if (!app || app.type !== 'chunk') return [];
        // The app and the chunks it imports statically (shared with the views that load later).
        const entries = new Set(Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' && c.isEntry ? [c.fileName] : [])));
        return [app.fileName, ...app.imports.filter((f) => !entries.has(f))].map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs work both under app://pathwise/ and the http preview.
  base: './',
  plugins: [react(), preloadApp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
