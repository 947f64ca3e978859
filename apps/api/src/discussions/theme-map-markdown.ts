import type { ThemeMap } from './theme-map.service';

interface MapPost {
  id: string;
  body: string;
  author: { displayName: string };
  thread: { title: string };
}

const SECTIONS: Array<{ key: keyof Omit<ThemeMap, 'openBottlenecks'>; title: string }> = [
  { key: 'bottlenecks', title: 'Knelpunten' },
  { key: 'levers', title: 'Handvatten' },
  { key: 'goodPractices', title: 'Goede voorbeelden' },
  { key: 'solutionStrategies', title: 'Oplossingsstrategieën' },
];

/** Markdown quote of a post's own Markdown, so its headings and lists stay inside the item. */
function quoted(body: string): string {
  return body
    .trim()
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

/** A theme's map as a Markdown document: per kind the posts with author and thread; open bottlenecks are marked. */
export function themeMapMarkdown(theme: { title: string; description?: string | null }, map: ThemeMap, url: string): string {
  const open = new Set(map.openBottlenecks.map((post) => post.id));
  const lines = [`# Kaart van het thema: ${theme.title}`, ''];
  if (theme.description) lines.push(theme.description.trim(), '');
  lines.push(`Bron: ${url}`, '', `Open knelpunten (nog zonder handvat): ${open.size}`, '');
  for (const section of SECTIONS) {
    const posts = map[section.key] as unknown as MapPost[];
    lines.push(`## ${section.title} (${posts.length})`, '');
    if (posts.length === 0) lines.push('_Nog geen bijdragen._', '');
    for (const post of posts) {
      const mark = section.key === 'bottlenecks' && open.has(post.id) ? ' — **nog geen handvat**' : '';
      lines.push(`- ${post.author.displayName} in „${post.thread.title}”${mark}`, '', quoted(post.body), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
