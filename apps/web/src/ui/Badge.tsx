import type { ReactNode } from 'react';

/**
 * One colour per kind of status, the same on every page:
 * success = done / approved / public, info = planned / following / open for input,
 * warning = waiting for someone, danger = late / refused / cancelled / new, neutral = a plain fact.
 */
export type BadgeTone = 'neutral' | 'success' | 'info' | 'warning' | 'danger';

/** A short label beside a title, e.g. "Gesubsidieerd pilootproject". */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
