import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { isMember, isStaff, useViewer, type Viewer } from '../auth/viewer';
import { MembershipList } from '../profile/MembershipList';
import { MemberHomeFeed } from './MemberHomeFeed';
import { PendingMembership } from './PendingMembership';

/** /ledenruimte — home of the members' area; for someone not yet admitted, where their request stands. */
export function MembersAreaPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null; // RequireViewer sends anonymous visitors to /aanmelden

  return (
    <>
      <PageTitle title={t('membersArea.title')} />
      {isMember(viewer) ? <MemberHome viewer={viewer} /> : <PendingMembership viewer={viewer} />}
    </>
  );
}

function MemberHome({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="page-lead">{t('membersArea.welcome', { name: viewer.displayName })}</p>
      <MemberHomeFeed />
      <section aria-labelledby="my-organisations" className="section">
        <h2 id="my-organisations">{t('membersArea.myOrganisations')}</h2>
        <MembershipList memberships={viewer.memberships} empty={t('membersArea.noOrganisations')} />
      </section>
      <section aria-labelledby="members-links" className="section">
        <h2 id="members-links">{t('membersArea.explore')}</h2>
        <ul>
          <li>
            <Link to="/projecten">{t('membersArea.projectsLink')}</Link>
          </li>
          <li>
            <Link to="/leerresultaten">{t('learning.nav')}</Link>
          </li>
          <li>
            <Link to="/inzicht">{t('insight.nav')}</Link>
          </li>
          <li>
            <Link to="/organisaties">{t('membersArea.organisationsLink')}</Link>
          </li>
          <li>
            <Link to="/profiel">{t('membersArea.profileLink')}</Link>
          </li>
          {isStaff(viewer.role) && (
            <li>
              <Link to="/beheer">{t('membersArea.adminLink')}</Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
