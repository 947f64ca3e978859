import { randomBytes } from 'node:crypto';
import type sanitizeHtml from 'sanitize-html';
import { lazyModule } from '../lazy-module';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `@[Display Name](user-uuid)`: a mention, inserted by the composer's people picker. */
const MENTION = new RegExp(`@\\[([^\\]\\n]{1,100})\\]\\((${UUID})\\)`, 'gi');

/** Bidi embeddings, overrides and isolates: they let a link's text read differently from what it is. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

// Raw HTML in Markdown is not allowed at all; what Markdown produces is sanitised again as defence in depth.
// Both are loaded with the first text rendered, not at start-up.
const markdown = lazyModule(() => {
  const MarkdownIt = require('markdown-it') as typeof import('markdown-it');
  return new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
});
const sanitize = lazyModule(() => require('sanitize-html') as typeof sanitizeHtml);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel', 'class', 'data-user-id'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Headings inside a post never outrank the page's own.
    h1: 'h3',
    h2: 'h4',
    a: (tagName, attribs) => {
      const href = attribs['href'] as string | undefined;
      if (attribs['class'] === 'mention' && href?.startsWith('/mensen/')) return { tagName, attribs };
      return { tagName, attribs: { href: href ?? '', rel: 'nofollow ugc noopener' } };
    },
  },
};

export interface RenderedMarkdown {
  html: string;
  mentionedUserIds: string[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown → sanitised HTML: no script, no event handlers, no javascript:/data: URLs; links get rel="nofollow ugc
 * noopener"; bidi control characters are dropped, so no text (a link's least of all) reads other than it is.
 */
export function renderMarkdown(source: string): RenderedMarkdown {
  const text = source.replace(BIDI_CONTROLS, '');
  // Most texts mention nobody: no marker, no placeholders, no per-text regular expression.
  if (!text.includes('@[')) return { html: sanitize()(markdown().render(text), SANITIZE).trim(), mentionedUserIds: [] };
  const mentionedUserIds = new Set<string>();
  const placeholders: string[] = [];
  // A marker Markdown leaves alone (letters and digits only), unguessable so a body cannot forge one.
  const marker = `LNMENTION${randomBytes(6).toString('hex')}N`;
  const withPlaceholders = text.replace(MENTION, (_match, name: string, id: string) => {
    mentionedUserIds.add(id.toLowerCase());
    placeholders.push(`<a class="mention" data-user-id="${id.toLowerCase()}" href="/mensen/${id.toLowerCase()}">@${escapeHtml(name)}</a>`);
    return `${marker}${placeholders.length - 1}X`;
  });
  const rendered = markdown()
    .render(withPlaceholders)
    .replace(new RegExp(`${marker}(\\d+)X`, 'g'), (_m, i: string) => placeholders[Number(i)] ?? '');
  return { html: sanitize()(rendered, SANITIZE).trim(), mentionedUserIds: [...mentionedUserIds] };
}
