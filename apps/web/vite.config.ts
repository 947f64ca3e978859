import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { firstPaintPlugin } from './scripts/firstPaint.ts';
import { graphqlDocumentsPlugin } from './scripts/graphqlDocuments.ts';
import { precompressPlugin } from './scripts/precompress.ts';

// The API (NestJS) listens on port 3000 in development; the dev server forwards
// GraphQL (HTTP and WebSocket), the health check and the iCalendar feeds to it so
// that the browser only ever talks to one origin (cookies, CSRF, WebSocket Origin).
const API_ORIGIN = 'http://localhost:3000';

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

const atStart = new Map<string, boolean>();
/** Is `id` imported statically, directly or through other modules, by an entry? */
function loadedAtStart(id: string, graph: ModuleGraph, visiting = new Set<string>()): boolean {
  const known = atStart.get(id);
  if (known !== undefined) return known;
  const info = graph.getModuleInfo(id);
  if (!info) return false;
  if (info.isEntry) return true;
  visiting.add(id);
  const result = info.importers.some((importer) => !visiting.has(importer) && loadedAtStart(importer, graph, visiting));
  atStart.set(id, result);
  return result;
}

export default defineConfig({
  plugins: [
    graphqlDocumentsPlugin(fileURLToPath(new URL('src/gql/', import.meta.url))),
    react(),
    firstPaintPlugin(fileURLToPath(new URL('.', import.meta.url))),
    precompressPlugin(),
  ],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: API_ORIGIN, ws: true },
      '/health': { target: API_ORIGIN },
      '/calendar': { target: API_ORIGIN },
      '/files': { target: API_ORIGIN },
      '/reports': { target: API_ORIGIN },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/ },
            // The libraries the first page needs; those of some pages only (the board's QR code, the forms' input rules,
            // the charts) stay with those pages.
            {
              name: (id: string, context: ModuleGraph) =>
                /node_modules/.test(id) && !/[\\/](qrcode|dijkstrajs|zod)[\\/]/.test(id) && loadedAtStart(id, context) ? 'vendor' : null,
            },
            // The app's own modules that the first page needs anyway (statically imported from the entry): one
            // chunk, rather than a request each for the small components that lazy pages share with it.
            { name: (id: string, context: ModuleGraph) => (/[\\/]src[\\/]/.test(id) && loadedAtStart(id, context) ? 'app' : null) },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
