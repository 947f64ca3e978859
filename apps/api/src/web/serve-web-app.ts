import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SessionsService } from '../auth/sessions.service';
import { SqlClient } from '../common/database/sql-client';
import { FirstPaint } from './first-paint/first-paint';
import { readFirstPaintManifest } from './first-paint/first-paint-manifest';
import { threadHeadSource } from './first-paint/thread-head';
import { precompressed } from './precompressed';

const API_PATHS =
  /^\/(graphql|health|calendar|feeds|meetings|themes|audit|my-data|files|reports|open-data\.zip$|praktijken\/[^/]+(\.md|\/meta)?$|__test)(\/|\.|$)/;

/** /open-data is the page for a browser (it asks for text/html by name) and the ZIP for everything else (curl, scripts). */
const isDataRequest = (req: Request) => req.path === '/open-data' && !(req.headers.accept ?? '').includes('text/html');

/** Serves the built web app (apps/web/dist) beside the API, with index.html for the app's own routes. */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path)) {
        next();
        return;
      }
      res.status(503).type('text/plain; charset=utf-8').send('De webapp is nog niet gebouwd: voer `pnpm build` uit.');
    });
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  const manifest = readFirstPaintManifest(distDir);
  const firstPaint =
    manifest && new FirstPaint(indexHtml, manifest, { threadHead: threadHeadSource(app.get(SessionsService), app.get(SqlClient)) });
  app.use('/assets', precompressed(join(distDir, 'assets'), 'public, max-age=31536000, immutable'));
  app.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html') || isDataRequest(req)) {
      next();
      return;
    }
    // The first paint can hold what only this person may see (a thread's title): never kept by a shared cache.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Cookie');
    if (!firstPaint) return void res.type('html').send(indexHtml);
    firstPaint.html(req).then((html) => res.type('html').send(html), next);
  });
}
