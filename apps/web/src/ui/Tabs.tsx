import { Link, NavLink } from 'react-router';

export interface TabItem {
  to: string;
  label: string;
  /** For route tabs: only the exact address marks it current (like NavLink's `end`). */
  end?: boolean;
  /** For tabs over query strings: whether this one is current (NavLink cannot tell). */
  current?: boolean;
}

/**
 * Sections of one page, each at its own address: a navigation landmark whose current
 * tab carries aria-current="page" (links, not ARIA tabs: each is a page of its own).
 */
export function Tabs({ label, items }: { label: string; items: TabItem[] }) {
  return (
    <nav aria-label={label} className="tabs">
      <ul className="tabs__list">
        {items.map((item) => (
          <li key={item.to}>
            {item.current === undefined ? (
              <NavLink to={item.to} end={item.end} className="tabs__tab">
                {item.label}
              </NavLink>
            ) : (
              <Link to={item.to} className="tabs__tab" aria-current={item.current ? 'page' : undefined}>
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
