import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { ExternalLink } from '../../ui/ExternalLink';
import { PageTitle } from '../../ui/PageTitle';
import { EmptyState, LoadError, Loading } from '../../ui/QueryState';
import { isMember, useViewer } from '../auth/viewer';
import { withFragment } from '../../lib/withFragment';
import { ORGANISATION_CARD_FRAGMENT } from './OrganisationCard';
import { OrganisationComposition } from './OrganisationComposition';
import { OrganisationSummary } from './OrganisationSummary';
import { graphql } from '../../gql';

export const ORGANISATION_QUERY = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      ...OrganisationCard_organisation
      description
      website
      people {
        id
        displayName
      }
    }
  }
`);

/** /organisaties/:id — one organisation: what it is, what it consists of, its project and its people. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(ORGANISATION_QUERY, { variables: { id } });

  if (!data) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  if (!data.organisation) return <NotFoundOrSignIn />;
  const organisation = withFragment(ORGANISATION_CARD_FRAGMENT, data.organisation);
  const showPeople = organisation.people.length > 0 || isMember(viewer);

  return (
    <>
      <PageTitle title={organisation.name} />
      <OrganisationSummary organisation={organisation} />
      {organisation.description && <p className="prose prose--plain">{organisation.description}</p>}
      {organisation.website && (
        <p>
          <ExternalLink href={organisation.website}>{t('organisations.website')}</ExternalLink>
        </p>
      )}
      <OrganisationComposition
        name={organisation.name}
        memberOrganisations={organisation.memberOrganisations}
        partOf={organisation.partOf}
      />
      {showPeople && (
        <section aria-labelledby="people-title" className="section">
          <h2 id="people-title">{t('organisations.people')}</h2>
          {organisation.people.length === 0 ? (
            <EmptyState>{t('organisations.noPeople')}</EmptyState>
          ) : (
            <ul>
              {organisation.people.map((person) => (
                <li key={person.id}>{person.displayName}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p>
        <Link to="/organisaties">{t('organisations.backToDirectory')}</Link>
      </p>
    </>
  );
}
