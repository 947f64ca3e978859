import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The API's own folder (apps/api), found upwards from the running code: dist/<feature>/ when run from tsc's output,
 * dist/ when run from the bundle, so the same answer either way.
 */
export const API_ROOT = findApiRoot(__dirname);
export const REPO_ROOT = resolve(API_ROOT, '..', '..');

function findApiRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@ln/api') return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}
