import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { graphqlDocumentsPlugin } from './scripts/graphqlDocuments.ts';
import { precompressPlugin } from './scripts/precompress.ts';

// The API (NestJS) listens on port 3000 in development; the dev server forwards
// GraphQL (HTTP and WebSocket), the health check and the iCalendar feeds to it so
// that the browser only ever talks to one origin (cookies, CSRF, WebSocket Origin).
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [graphqlDocumentsPlugin(fileURLToPath(new URL('src/gql/', import.meta.url))), react(), precompressPlugin()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: API_ORIGIN, ws: true },
      '/health': { target: API_ORIGIN },
      '/calendar': { target: API_ORIGIN },
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
            // Libraries of one page (the board's QR code) stay in that page's chunk.
            { name: 'vendor', test: (id: string) => /node_modules/.test(id) && !/[\\/](qrcode|dijkstrajs)[\\/]/.test(id) },
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
