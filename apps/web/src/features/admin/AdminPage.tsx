import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';

const SECTIONS = [
  { to: '/beheer', end: true, label: 'admin.nav.requests' },
  { to: '/beheer/organisaties', end: false, label: 'admin.nav.organisations' },
  { to: '/beheer/rapporten', end: false, label: 'admin.nav.reports' },
  { to: '/beheer/praktijken', end: false, label: 'admin.nav.practices' },
  { to: '/beheer/uitnodigen', end: false, label: 'admin.nav.invite' },
] as const;

/** /beheer — facilitators' work, one section per address (NavLink marks the current one with aria-current). */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('admin.title')} />
      <nav aria-label={t('admin.nav.label')} className="subnav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
