import type { BadgeTone } from '../../ui/Badge';

/** A theme's status badge: the same colour on the themes page, a theme's page and a meeting's page. */
export const THEME_STATUS_TONE: Record<string, BadgeTone> = {
  PROPOSED: 'warning',
  ADOPTED: 'success',
  ADDRESSED: 'neutral',
  ARCHIVED: 'neutral',
};

export const themeStatusTone = (status: string): BadgeTone => THEME_STATUS_TONE[status] ?? 'neutral';
