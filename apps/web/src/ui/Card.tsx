import type { HTMLAttributes, ReactNode } from 'react';

type CardElement = 'li' | 'article' | 'div' | 'section';

/**
 * A bordered block for one item of a list (an organisation, a meeting, a practice …).
 * `accent` draws the brand stripe on the left; `tone` colours it by status.
 */
export function Card({
  as: Element = 'li',
  accent = false,
  tone,
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLElement> & { as?: CardElement; accent?: boolean; tone?: 'danger' | 'muted'; children: ReactNode }) {
  const classes = ['card', accent && 'card--accent', tone && `card--${tone}`, className].filter(Boolean).join(' ');
  return (
    <Element {...rest} className={classes}>
      {children}
    </Element>
  );
}

/** A list of cards: a grid of columns at least `min` wide, or one column. */
export function CardList({
  as: Element = 'ul',
  single = false,
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLElement> & { as?: 'ul' | 'ol'; single?: boolean; children: ReactNode }) {
  const classes = ['card-list', single && 'card-list--single', className].filter(Boolean).join(' ');
  return (
    <Element {...rest} className={classes}>
      {children}
    </Element>
  );
}
