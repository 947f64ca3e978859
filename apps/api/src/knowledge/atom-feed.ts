import { escapeMarkup as xml } from './escape-markup';
import type { Practice } from './practice.entity';

export interface FeedSite {
  publicUrl: string;
  title: string;
}

/** An Atom 1.0 feed (RFC 4287) of public practices, newest first. */
export function atomFeed(site: FeedSite, practices: Practice[]): string {
  const base = site.publicUrl.replace(/\/+$/, '');
  const feedUrl = `${base}/feeds/praktijken.atom`;
  const updated = (practices[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = practices.map((practice) => {
    const link = `${base}/praktijken/${encodeURIComponent(practice.slug)}`;
    const when = (practice.publishedAt ?? practice.createdAt).toISOString();
    return [
      '  <entry>',
      `    <id>${xml(link)}</id>`,
      `    <title>${xml(practice.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <published>${when}</published>`,
      `    <updated>${when}</updated>`,
      `    <summary>${xml(practice.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${xml(feedUrl)}</id>`,
    `  <title>${xml(site.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${base}/praktijken`)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(site.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
