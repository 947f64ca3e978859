import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { Tabs } from '../../ui/Tabs';

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
      <Tabs
        label={t('admin.nav.label')}
        items={SECTIONS.map((section) => ({ to: section.to, end: section.end, label: t(section.label) }))}
      />
      <Outlet />
    </>
  );
}
