import type { Request } from 'express';
import type { Locale } from '@ln/domain';
import type { FirstPaintManifest, FirstPaintTextKey } from './first-paint-manifest';
import { escapeHtml, landingHead, practicesHead, threadHead, type Texts, type ThreadHeadRow } from './page-heads';

/** The web app keeps the chosen language in this cookie too (apps/web/src/app/i18n), so the first paint speaks it. */
export const LANGUAGE_COOKIE = 'ln.language';

const THREAD_PATH = /^\/discussies\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const MARKERS = {
  lang: '<html lang="nl">',
  title: '<title>Lerend Netwerk</title>',
  head: '</head>',
  main: '<main class="container site-main"></main>',
};

export interface FirstPaintSources {
  /** The thread's header, or null when it does not exist or the person asking may not see it. */
  threadHead(req: Request, id: string): Promise<ThreadHeadRow | null>;
}

interface Painted {
  title?: string;
  main?: string;
}

/**
 * index.html as sent for one page of the app: the top of the page (its heading and lead) already in `main`,
 * its <title> and language set, and the page's own chunks preloaded beside the app's. The page paints
 * with the CSS, before the app's JavaScript has arrived and run; the app then renders the same markup.
 */
export class FirstPaint {
  /** The manifest's page patterns, compiled once. */
  private readonly pages: Array<{ pattern: RegExp; scripts: string[]; styles: string[] }>;

  constructor(
    private readonly indexHtml: string,
    private readonly manifest: FirstPaintManifest,
    private readonly sources: FirstPaintSources,
  ) {
    const missing = Object.values(MARKERS).filter((marker) => !indexHtml.includes(marker));
    if (missing.length) throw new Error(`index.html has changed: the first paint needs ${missing.join(', ')}`);
    this.pages = manifest.preload.map(({ path, scripts, styles }) => ({ pattern: new RegExp(path), scripts, styles }));
  }

  async html(req: Request): Promise<string> {
    const locale = localeOf(req);
    const t = this.texts(locale);
    const painted = await this.paint(req, t);
    const forPage = this.pages.filter(({ pattern }) => pattern.test(req.path));
    const forLanguage = locale === 'nl' ? [] : [{ scripts: this.manifest.languages[locale].scripts, styles: [] }];
    const preloads = [...forLanguage, ...forPage].flatMap(({ scripts, styles }) => [
      ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
      ...styles.map((href) => `<link rel="preload" as="style" crossorigin href="${escapeHtml(href)}">`),
    ]);
    return this.indexHtml
      .replace(MARKERS.lang, `<html lang="${locale}">`)
      .replace(MARKERS.title, () => `<title>${escapeHtml(painted.title ?? t('site.name'))}</title>`)
      .replace(MARKERS.head, () => `${preloads.join('')}</head>`)
      .replace(MARKERS.main, () => `<main class="container site-main">${painted.main ?? ''}</main>`);
  }

  private async paint(req: Request, t: Texts): Promise<Painted> {
    if (req.path === '/') return { title: t('landing.documentTitle'), main: landingHead(t) };
    if (/^\/praktijken\/?$/.test(req.path)) return { title: `${t('practices.title')} – ${t('site.name')}`, main: practicesHead(t) };
    const thread = THREAD_PATH.exec(req.path);
    if (thread) {
      // Without the header (a database hiccup) the page still opens: the app shows what went wrong.
      const head = await this.sources.threadHead(req, thread[1]).catch(() => null);
      if (head) return { title: `${head.title} – ${t('site.name')}`, main: threadHead(t, head) };
    }
    return {};
  }

  private texts(locale: Locale): Texts {
    const texts = this.manifest.texts[locale];
    return (key: FirstPaintTextKey, values?: Record<string, string>) =>
      texts[key].replace(/\{\{(\w+)\}\}/g, (_placeholder, name: string) => values?.[name] ?? '');
  }
}

function localeOf(req: Request): Locale {
  const cookies = (req as { cookies?: Record<string, string> }).cookies;
  return cookies?.[LANGUAGE_COOKIE] === 'en' ? 'en' : 'nl';
}
