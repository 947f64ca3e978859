import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { isMember, useViewer } from '../features/auth/viewer';
import { HeaderActions } from './HeaderActions';

export const MAIN_ID = 'main';

// Sections of the landing page (plain links: the browser scrolls to the fragment).
const SECTION_LINKS = [
  { href: '/#over', label: 'nav.about' },
  { href: '/#leden', label: 'nav.members' },
] as const;

const PAGE_LINKS = [
  { to: '/ontmoetingsmomenten', label: 'nav.meetings' },
  { to: '/themas', label: 'nav.themes' },
  { to: '/praktijken', label: 'nav.practices' },
  { to: '/organisaties', label: 'nav.organisations' },
  { to: '/projecten', label: 'nav.projects' },
] as const;

/** Page frame: skip link, header, navigation, main content and footer landmarks. */
export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();

  // Move focus explicitly: following a fragment link does not focus the target in
  // every browser, and the router must not treat it as a navigation.
  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus(); // also scrolls it into view
  }

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-name">
            <span className="site-name__title">{t('site.name')}</span>
            <span className="site-name__tagline">{t('site.tagline')}</span>
          </Link>
          <HeaderActions />
        </div>
      </header>
      <nav className="site-nav" aria-label={t('site.primaryNavigation')}>
        <ul className="container site-nav__list">
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          {SECTION_LINKS.map(({ href, label }) => (
            <li key={href}>
              <a href={href}>{t(label)}</a>
            </li>
          ))}
          {PAGE_LINKS.map(({ to, label }) => (
            <li key={to}>
              <NavLink to={to}>{t(label)}</NavLink>
            </li>
          ))}
          {isMember(viewer) && (
            <li>
              <NavLink to="/discussies">{t('nav.discussions')}</NavLink>
            </li>
          )}
          {viewer && (
            <li>
              <NavLink to="/ledenruimte">{t('nav.membersArea')}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <main id={MAIN_ID} tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('site.footer')}</p>
          <p>
            <a href="/calendar.ics">{t('site.calendarFeed')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
