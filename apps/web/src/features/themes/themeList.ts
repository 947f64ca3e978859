import { ThemeOrder } from '@ln/domain';
import type { ThemeData, ThemeFilter } from './queries';

/** Most supported first (ties: newest first), or newest first — the order the API uses. */
export function sortThemes(themes: ThemeData[], order: ThemeOrder): ThemeData[] {
  const newest = (a: ThemeData, b: ThemeData) => b.createdAt.localeCompare(a.createdAt);
  return [...themes].sort(order === ThemeOrder.SUPPORT ? (a, b) => b.supportCount - a.supportCount || newest(a, b) : newest);
}

export function matchesFilter(theme: ThemeData, filter: ThemeFilter): boolean {
  if (filter.status && theme.status !== filter.status) return false;
  if (filter.meetingId && theme.collectedAt?.id !== filter.meetingId) return false;
  return true;
}

/**
 * A live change applied to a shown list: a new theme that matches joins it, a changed one is replaced (or leaves when
 * it no longer matches, e.g. after a status change), and the list is put back in order.
 */
export function applyThemeChange(themes: ThemeData[], changed: ThemeData, filter: ThemeFilter, order: ThemeOrder): ThemeData[] {
  const others = themes.filter((theme) => theme.id !== changed.id);
  return sortThemes(matchesFilter(changed, filter) ? [...others, changed] : others, order);
}

/** The posts of a theme's map that are bottlenecks without a lever yet. */
export function openBottleneckIds(map: { openBottlenecks: Array<{ id: string }> }): Set<string> {
  return new Set(map.openBottlenecks.map((post) => post.id));
}
