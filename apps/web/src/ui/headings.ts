/**
 * Moves the headings of server-rendered Markdown so that the highest one is at `top`
 * (e.g. 2 right under a page's h1), keeping their order: no skipped levels on the page.
 */
export function shiftHeadings(html: string, top: number): string {
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
  if (levels.length === 0) return html;
  const shift = top - Math.min(...levels);
  if (shift === 0) return html;
  return html.replace(
    /<(\/?)h([1-6])([\s>])/g,
    (_, slash: string, level: string, after: string) => `<${slash}h${Math.min(6, Math.max(1, Number(level) + shift))}${after}`,
  );
}
