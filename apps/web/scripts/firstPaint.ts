import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/**
 * What the API needs to paint a page before the app's JavaScript has run (apps/api/src/web/first-paint):
 * the texts of the pages it paints, in both languages (so they are written once, here), and for the pages
 * people open directly (links in e-mails and feeds, bookmarks) the chunks to preload beside the app's own,
 * so the router finds the page's code already there. Written to dist/first-paint.json.
 */
const TEXTS = [
  'site.name',
  'landing.documentTitle',
  'landing.title',
  'landing.lead',
  'landing.allMeetings',
  'practices.toLibrary',
  'practices.title',
  'practices.lead',
  'discussions.by',
  'discussions.about.pilotProject',
  'discussions.about.theme',
  'discussions.about.meeting',
] as const;

const PAGES: Array<{ path: string; module: string }> = [
  { path: '^/praktijken/?$', module: 'src/features/practices/PracticesPage.tsx' },
  { path: '^/praktijken/(?!nieuw$)[^/]+$', module: 'src/features/practices/PracticePage.tsx' },
  { path: '^/discussies/(?!nieuw$)[^/]+$', module: 'src/features/discussions/ThreadPage.tsx' },
  { path: '^/ontmoetingsmomenten/?$', module: 'src/features/meetings/MeetingsPage.tsx' },
  { path: '^/ontmoetingsmomenten/[0-9a-f-]{36}$', module: 'src/features/meetings/MeetingPage.tsx' },
  { path: '^/themas/?$', module: 'src/features/themes/ThemesPage.tsx' },
];

/** The languages other than Dutch are chunks of their own: preloaded when the language cookie asks for one. */
const LANGUAGES: Array<{ locale: 'en'; module: string }> = [{ locale: 'en', module: 'src/app/i18n/en.ts' }];

export interface FirstPaintManifest {
  texts: Record<'nl' | 'en', Record<(typeof TEXTS)[number], string>>;
  /** Per page: its JavaScript chunks (modulepreload) and style sheets (preload as style). */
  preload: Array<{ path: string; scripts: string[]; styles: string[] }>;
  languages: Record<'en', { scripts: string[] }>;
}

function textsOf(dictionary: object): Record<(typeof TEXTS)[number], string> {
  const entries = TEXTS.map((key) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
    if (typeof value !== 'string') throw new Error(`first paint: no text "${key}" in the dictionary`);
    return [key, value] as const;
  });
  return Object.fromEntries(entries) as Record<(typeof TEXTS)[number], string>;
}

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}

/** The chunk of `module` and every chunk it imports statically (and their CSS), minus what the entry loads anyway. */
function chunksOf(chunks: ChunkInfo[], module: string): { scripts: string[]; styles: string[] } {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const page = chunks.find((chunk) => chunk.facadeModuleId === module);
  if (!page) throw new Error(`first paint: no chunk for ${module}`);
  const loadedByEntry = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported, into);
  };
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) visit(entry.fileName, loadedByEntry);
  const needed = new Set<string>();
  visit(page.fileName, needed);
  const scripts = [...needed].filter((file) => !loadedByEntry.has(file));
  const styles = new Set(scripts.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]));
  return { scripts: scripts.map((file) => `/${file}`), styles: [...styles].map((file) => `/${file}`) };
}

export function firstPaintPlugin(root: string): Plugin {
  return {
    name: 'ln-first-paint',
    apply: 'build',
    async generateBundle(_options, bundle) {
      // The dictionaries are the app's own modules (TypeScript): loaded through Vite, not by the config.
      const { module: nl } = await runnerImport<{ nl: object }>(resolve(root, 'src/app/i18n/nl.ts'), { configFile: false });
      const { module: en } = await runnerImport<{ en: object }>(resolve(root, 'src/app/i18n/en.ts'), { configFile: false });
      const chunks = Object.values(bundle).filter((item): item is typeof item & ChunkInfo => item.type === 'chunk');
      const manifest: FirstPaintManifest = {
        texts: { nl: textsOf(nl.nl), en: textsOf(en.en) },
        preload: PAGES.map(({ path, module }) => ({ path, ...chunksOf(chunks, resolve(root, module)) })),
        languages: Object.fromEntries(
          LANGUAGES.map(({ locale, module }) => [locale, { scripts: chunksOf(chunks, resolve(root, module)).scripts }]),
        ) as FirstPaintManifest['languages'],
      };
      this.emitFile({ type: 'asset', fileName: 'first-paint.json', source: JSON.stringify(manifest) });
    },
  };
}
