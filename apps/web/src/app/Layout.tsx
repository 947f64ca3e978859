import { Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { isMember, useViewer } from '../features/auth/viewer';
import { LogoMark } from '../ui/Logo';
import { Loading } from '../ui/QueryState';
import { useDisclosure } from '../ui/useDisclosure';
import { HeaderActions } from './HeaderActions';
import { RouteFocus } from './RouteFocus';

export const MAIN_ID = 'main';
const ACTIONS_ID = 'site-actions';
const NAV_ID = 'site-nav';

const PAGE_LINKS = [
  { to: '/ontmoetingsmomenten', label: 'nav.meetings' },
  { to: '/themas', label: 'nav.themes' },
  { to: '/praktijken', label: 'nav.practices' },
  { to: '/leden', label: 'nav.members' },
  { to: '/organisaties', label: 'nav.organisations' },
  { to: '/projecten', label: 'nav.projects' },
] as const;

/** Page frame: skip link, header, navigation, main content and footer landmarks. */
export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const menu = useDisclosure();

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
      <header className="site-header" data-menu-open={menu.open} {...menu.rootProps}>
        <div className="container site-header__inner">
          <Link to="/" className="site-name">
            <LogoMark />
            <span className="site-name__text">
              <span className="site-name__title">{t('site.name')}</span>
              <span className="site-name__tagline">{t('site.tagline')}</span>
            </span>
          </Link>
          {/* Phones only (CSS): the actions and the navigation fold away behind this button. */}
          <button
            {...menu.buttonProps}
            aria-controls={`${ACTIONS_ID} ${NAV_ID}`}
            className="header-button site-menu-button"
            aria-label={t('shell.menuLabel')}
          >
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path
                d={menu.open ? 'M4 4l12 12M16 4L4 16' : 'M3 5h14M3 10h14M3 15h14'}
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            {t('shell.menu')}
          </button>
          <div id={ACTIONS_ID} className="site-menu">
            <HeaderActions />
          </div>
        </div>
        <nav id={NAV_ID} className="site-nav" aria-label={t('site.primaryNavigation')}>
          <ul className="container site-nav__list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
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
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="container site-main">
        <Suspense fallback={<Loading lines={4} />}>
          <Outlet />
        </Suspense>
      </main>
      <RouteFocus mainId={MAIN_ID} />
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t('site.footer')}</p>
          <p>
            <a href="/calendar.ics">{t('site.calendarFeed')}</a> · <Link to="/open-data">{t('site.openData')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
