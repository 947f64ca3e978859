import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../../ui/LiveStatus';
import { QueryResult } from '../../../ui/QueryState';
import { ApplicationItem } from './ApplicationItem';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { ORGANISATION_APPLICATIONS_QUERY } from './queries';

/** /beheer/organisaties — applications awaiting admission, and a form to add an organisation. */
export function OrganisationsPanel() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ORGANISATION_APPLICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState<string>();

  return (
    <>
      <section aria-labelledby="admin-applications" className="section">
        <h2 id="admin-applications">{t('admin.organisations.applicationsTitle')}</h2>
        <LiveStatus message={announcement} />
        <QueryResult
          data={data?.organisationApplications}
          error={error}
          onRetry={refetch}
          isEmpty={(list) => list.length === 0}
          empty={t('admin.organisations.noApplications')}
        >
          {(list) => (
            <ul className="card-list card-list--single">
              {list.map((application) => (
                <ApplicationItem key={application.id} application={application} onDone={setAnnouncement} />
              ))}
            </ul>
          )}
        </QueryResult>
      </section>
      <section aria-labelledby="admin-create" className="section">
        <h2 id="admin-create">{t('admin.create.title')}</h2>
        <CreateOrganisationForm />
      </section>
    </>
  );
}
