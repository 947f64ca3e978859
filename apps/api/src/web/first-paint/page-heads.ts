import type { FirstPaintTextKey } from './first-paint-manifest';

/**
 * The top of a page as HTML, the same markup the web app's components render (NetworkIntro, PageHeader,
 * the practices library's lead), so that what paints first stays in place when the app takes over.
 * The browser journey "the first paint is what the app renders" compares the two.
 */
export type Texts = (key: FirstPaintTextKey, values?: Record<string, string>) => string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** "/" for visitors and members alike: what the network is and where to go (NetworkIntro). */
export function landingHead(t: Texts): string {
  return (
    `<section class="hero" aria-labelledby="over-title"><h1 id="over-title">${escapeHtml(t('landing.title'))}</h1>` +
    `<p class="hero__lead">${escapeHtml(t('landing.lead'))}</p><p class="actions">` +
    `<a class="button button--primary" href="/ontmoetingsmomenten">${escapeHtml(t('landing.allMeetings'))}</a>` +
    `<a class="button button--secondary" href="/praktijken">${escapeHtml(t('practices.toLibrary'))}</a></p></section>`
  );
}

/** PageHeader: eyebrow, h1, meta and lead, each only when given (already escaped HTML). */
export function pageHeader(parts: { title: string; eyebrow?: string; meta?: string; lead?: string }): string {
  return (
    '<header class="page-header">' +
    (parts.eyebrow ? `<div class="page-header__eyebrow">${parts.eyebrow}</div>` : '') +
    `<div class="page-header__row"><h1 class="page-header__title">${escapeHtml(parts.title)}</h1></div>` +
    (parts.meta ? `<div class="page-header__meta">${parts.meta}</div>` : '') +
    (parts.lead ? `<p class="page-lead">${parts.lead}</p>` : '') +
    '</header>'
  );
}

/** "/praktijken": the library's title and lead. */
export function practicesHead(t: Texts): string {
  return pageHeader({ title: t('practices.title') }) + `<p class="lead">${escapeHtml(t('practices.lead'))}</p>`;
}

export interface ThreadHeadRow {
  title: string;
  author_name: string;
  pilot_project_id: string | null;
  pilot_project_title: string | null;
  theme_id: string | null;
  theme_title: string | null;
  meeting_id: string | null;
  meeting_title: string | null;
}

/** A thread's PageHeader: what it is about (ThreadContext), its title, who started it. */
export function threadHead(t: Texts, thread: ThreadHeadRow): string {
  const about = (key: FirstPaintTextKey, href: string, title: string) =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(t(key, { title }))}</a></li>`;
  const context =
    (thread.pilot_project_id
      ? about('discussions.about.pilotProject', `/projecten/${thread.pilot_project_id}`, thread.pilot_project_title ?? '')
      : '') +
    (thread.theme_id ? about('discussions.about.theme', `/themas/${thread.theme_id}`, thread.theme_title ?? '') : '') +
    (thread.meeting_id ? about('discussions.about.meeting', `/ontmoetingsmomenten/${thread.meeting_id}`, thread.meeting_title ?? '') : '');
  return pageHeader({
    title: thread.title,
    eyebrow: `<ul class="plain-list thread__context">${context}</ul>`,
    meta: escapeHtml(t('discussions.by', { name: thread.author_name })),
  });
}
