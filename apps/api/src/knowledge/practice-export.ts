import { escapeMarkup as html } from './escape-markup';
import type { Practice } from './practice.entity';

export const SITE_TITLE = 'Lerend Netwerk — goede praktijken';

/** A practice as a Markdown document: title, summary, body as written, links, and where it lives. */
export function practiceMarkdown(practice: Practice, url: string): string {
  const lines = [`# ${practice.title.replace(/\n/g, ' ')}`, '', `_${practice.summary.replace(/\n+/g, ' ')}_`, '', practice.body.trim(), ''];
  if (practice.links.length) lines.push('## Links', '', ...practice.links.map((link) => `- <${link}>`), '');
  lines.push('---', '', `Bron: ${url}`, '');
  return lines.join('\n');
}

/** index.html with the practice's title, description and Open Graph tags, for link previews. */
export function withPreviewMeta(indexHtml: string, practice: Practice, url: string): string {
  const description = practice.summary.replace(/\s+/g, ' ').trim().slice(0, 300);
  const tags = [
    `<title>${html(practice.title)} · Lerend Netwerk</title>`,
    `<meta name="description" content="${html(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${html(practice.title)}">`,
    `<meta property="og:description" content="${html(description)}">`,
    `<meta property="og:url" content="${html(url)}">`,
    `<meta property="og:site_name" content="Lerend Netwerk">`,
    `<link rel="canonical" href="${html(url)}">`,
  ].join('\n    ');
  const withoutTitle = indexHtml.replace(/<title>[\s\S]*?<\/title>/i, '').replace(/<meta\s+name="description"[^>]*>/i, '');
  return withoutTitle.replace(/<\/head>/i, `    ${tags}\n  </head>`);
}
