import { useQuery } from '@apollo/client/react';
import { NetworkRole } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { RequireMember } from '../auth/guards';
import { graphql } from '../../gql';

export const PERSON_QUERY = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      displayName
      role
      memberships {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** /mensen/:id — a network member as other members see them (where a mention links to): name and organisations. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PERSON_QUERY, { variables: { id } });
  return (
    <QueryResult data={data} error={error} onRetry={refetch}>
      {({ person }) =>
        person ? (
          <>
            <PageTitle title={person.displayName} />
            {person.role && person.role !== NetworkRole.MEMBER && <p className="muted">{t(`people.role.${person.role}`)}</p>}
            <section aria-labelledby="person-organisations" className="section">
              <h2 id="person-organisations">{t('people.organisations')}</h2>
              {person.memberships.length === 0 ? (
                <p>{t('people.noOrganisations')}</p>
              ) : (
                <ul className="plain-list">
                  {person.memberships.map((membership) => (
                    <li key={membership.id}>
                      <Link to={`/organisaties/${membership.organisation.id}`}>{membership.organisation.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        ) : (
          <NotFoundOrSignIn />
        )
      }
    </QueryResult>
  );
}

/** Who is in the network is for members: others sign in, or read that it is for members. */
export function PersonRoute() {
  const { t } = useTranslation();
  return (
    <RequireMember message={t('people.membersOnly')}>
      <PersonPage />
    </RequireMember>
  );
}
