import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Encodings the web build is precompressed in (apps/web/scripts/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves `<file>.br` / `<file>.gz` written at build time instead of `<file>` when the
 * browser accepts it: the same content type, `Content-Encoding`, and `Vary:
 * Accept-Encoding` so that caches keep the variants apart. Anything else falls
 * through to express.static.
 */
export function precompressed(rootDir: string, cacheControl: string) {
  const root = normalize(rootDir);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    const path = normalize(join(root, decodeURIComponent(req.path)));
    if (!path.startsWith(root) || !extname(path)) {
      next();
      return;
    }
    res.vary('Accept-Encoding');
    for (const encoding of ENCODINGS) {
      if (!req.acceptsEncodings(encoding.name) || !existsSync(path + encoding.suffix)) continue;
      res.setHeader('Content-Encoding', encoding.name);
      res.setHeader('Cache-Control', cacheControl);
      res.type(extname(path));
      res.sendFile(path + encoding.suffix, { lastModified: true, etag: true }, (error) => error && next(error));
      return;
    }
    next();
  };
}
