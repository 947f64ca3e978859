import { NetworkRole } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../auth/viewer';
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
const ADMIN_SECTIONS = [{ to: '/beheer/logboek', end: false, label: 'admin.nav.audit' }] as const;

/** /beheer — facilitators' work, one section per address (NavLink marks the current one with aria-current). */
export function AdminPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const sections = viewer?.role === NetworkRole.ADMIN ? [...SECTIONS, ...ADMIN_SECTIONS] : SECTIONS;
  return (
    <>
      <PageTitle title={t('admin.title')} />
      <Tabs
        label={t('admin.nav.label')}
        items={sections.map((section) => ({ to: section.to, end: section.end, label: t(section.label) }))}
      />
      <Outlet />
    </>
  );
}
