import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@ln/domain';

/** The texts the first paint writes, as the web app words them (apps/web/scripts/firstPaint.ts). */
export type FirstPaintTextKey =
  | 'site.name'
  | 'landing.documentTitle'
  | 'landing.title'
  | 'landing.lead'
  | 'landing.allMeetings'
  | 'practices.toLibrary'
  | 'practices.title'
  | 'practices.lead'
  | 'discussions.by'
  | 'discussions.about.pilotProject'
  | 'discussions.about.theme'
  | 'discussions.about.meeting';

/** dist/first-paint.json, written by the web app's build. */
export interface FirstPaintManifest {
  texts: Record<Locale, Record<FirstPaintTextKey, string>>;
  preload: Array<{ path: string; scripts: string[]; styles: string[] }>;
  /** The chunks of each language other than Dutch (which is in the app's first chunk). */
  languages: Record<Exclude<Locale, 'nl'>, { scripts: string[] }>;
}

/** The web build's first-paint manifest, or null when the build has none (an older build: the shell alone is served). */
export function readFirstPaintManifest(distDir: string): FirstPaintManifest | null {
  const file = join(distDir, 'first-paint.json');
  if (!existsSync(file)) return null;
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!looksLikeManifest(manifest)) {
    throw new Error(`${file} is not a first-paint manifest: rebuild the web app (pnpm build).`);
  }
  return manifest;
}

function looksLikeManifest(value: unknown): value is FirstPaintManifest {
  const manifest = value as { texts?: Partial<Record<Locale, unknown>>; preload?: unknown; languages?: { en?: unknown } } | null;
  return Boolean(manifest?.texts?.nl && manifest.texts.en && Array.isArray(manifest.preload) && manifest.languages?.en);
}
