import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { DirectoryFilters } from './DirectoryFilters';
import { apiFilter, filterFromParams, paramsFromFilter } from './directoryFilter';
import { getFragmentData } from '../../gql';
import { pageInfoOf } from '../../lib/pageInfo';
import { ORGANISATION_CARD_FRAGMENT, OrganisationCard } from './OrganisationCard';
import { graphql } from '../../gql';

const PAGE_SIZE = 50;

export const DIRECTORY_QUERY = graphql(`
  query OrganisationDirectory($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...OrganisationCard_organisation
      }
    }
  }
`);

/** /organisaties — the network's organisations, filtered by type, subsidy and name. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const { data, error, refetch, fetchMore, loading } = useQuery(DIRECTORY_QUERY, {
    variables: { filter: apiFilter(filter), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organisations;
  const pageInfo = connection && pageInfoOf(connection.pageInfo);

  function loadMore() {
    if (!pageInfo?.endCursor) return;
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        organisations: {
          ...fetchMoreResult.organisations,
          nodes: [...previous.organisations.nodes, ...fetchMoreResult.organisations.nodes],
        },
      }),
    });
  }

  return (
    <>
      <PageTitle title={t('organisations.title')}>{t('organisations.lead')}</PageTitle>
      <DirectoryFilters key={params.toString()} value={filter} onApply={(next) => setParams(paramsFromFilter(next))} />
      <p role="status" className="muted">
        {connection ? t('organisations.count', { count: connection.totalCount }) : ''}
      </p>
      <QueryResult
        data={connection}
        error={error}
        onRetry={refetch}
        isEmpty={(result) => result.nodes.length === 0}
        empty={t('organisations.empty')}
      >
        {(result) => (
          <>
            <ul className="card-list">
              {getFragmentData(ORGANISATION_CARD_FRAGMENT, result.nodes).map((organisation) => (
                <OrganisationCard key={organisation.id} organisation={organisation} />
              ))}
            </ul>
            {pageInfoOf(result.pageInfo).hasNextPage && (
              <Button busy={loading} onClick={loadMore}>
                {t('common.loadMore')}
              </Button>
            )}
          </>
        )}
      </QueryResult>
    </>
  );
}
