import type { ReactNode } from 'react';

/**
 * One colour per kind of status, the same on every page:
 * success = done or approved (reviewed, adopted, registered), warning = waiting for
 * someone (submitted, in review, pending, waitlisted, proposed, sent back), danger =
 * late, refused or cancelled, info = new for you or a category (unread, project focus),
 * neutral = a plain fact (members only, following, archived).
 */
export type BadgeTone = 'neutral' | 'success' | 'info' | 'warning' | 'danger';

/** A short label beside a title, e.g. "Gesubsidieerd pilootproject". */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
