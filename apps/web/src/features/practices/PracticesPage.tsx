import { skipToken, useQuery } from '@apollo/client/react';
import { Competence, OrganisationType } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { isMember, useViewer } from '../auth/viewer';
import { matchesLibraryFilter, readLibraryView, withLibraryParam } from './libraryParams';
import { PracticeCard, PracticeCard_practice } from './PracticeCard';
import { PRACTICE_SEARCH_QUERY, PRACTICES_QUERY, THEME_OPTIONS_QUERY } from './queries';
import './practices.css';
import { pageInfoOf } from '../../lib/pageInfo';
import { withFragment } from '../../lib/withFragment';
import { getFragmentData, makeFragmentData } from '../../gql';

const PAGE_SIZE = 20;
const SEARCH_SIZE = 100;

/** /praktijken — the public library: search, filters by theme, competence and organisation type; members see more. */
export function PracticesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const { query, filter } = readLibraryView(params);
  const [draft, setDraft] = useState(query);
  const themes = useQuery(THEME_OPTIONS_QUERY).data?.themes.nodes ?? [];
  const list = useQuery(PRACTICES_QUERY, query.length > 0 ? skipToken : { variables: { filter, first: PAGE_SIZE } });
  const search = useQuery(PRACTICE_SEARCH_QUERY, query.length === 0 ? skipToken : { variables: { query, first: SEARCH_SIZE } });
  const found = search.data?.searchResults
    .map((result) => result.node)
    .filter((node) => node.__typename === 'Practice')
    .map((node) => withFragment(PracticeCard_practice, node))
    .filter((practice) => matchesLibraryFilter(practice, filter));
  const listed = list.data?.practices;
  const practices = query ? found : listed && getFragmentData(PracticeCard_practice, listed.nodes);
  const total = query ? found?.length : list.data?.practices.totalCount;

  const change = (name: Parameters<typeof withLibraryParam>[1], value: string | null) => setParams(withLibraryParam(params, name, value));

  return (
    <>
      <PageTitle title={t('practices.title')} />
      <p className="lead">{t('practices.lead')}</p>
      <p>
        <a href="/feeds/praktijken.atom" type="application/atom+xml">
          {t('practices.feed')}
        </a>
        {isMember(viewer) && (
          <>
            {' · '}
            <Link to="/praktijken/nieuw">{t('practices.write')}</Link>
          </>
        )}
      </p>
      <form
        role="search"
        aria-label={t('practices.search')}
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          change('query', draft.trim() || null);
        }}
      >
        <label htmlFor="practice-search" className="field__label">
          {t('practices.search')}
        </label>
        <input id="practice-search" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <Button type="submit" variant="primary">
          {t('practices.searchSubmit')}
        </Button>
        {query && (
          <Button
            onClick={() => {
              setDraft('');
              change('query', null);
            }}
          >
            {t('practices.clearSearch')}
          </Button>
        )}
      </form>
      <fieldset className="practice-filters">
        <legend>{t('practices.filters')}</legend>
        <FilterSelect
          id="filter-theme"
          label={t('practices.theme')}
          value={filter.themeId ?? ''}
          onChange={(value) => change('themeId', value)}
        >
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="filter-competence"
          label={t('practices.competence')}
          value={filter.competence ?? ''}
          onChange={(value) => change('competence', value)}
        >
          {Object.values(Competence).map((competence) => (
            <option key={competence} value={competence}>
              {t(`competence.${competence}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="filter-organisation-type"
          label={t('practices.organisationType')}
          value={filter.organisationType ?? ''}
          onChange={(value) => change('organisationType', value)}
        >
          {Object.values(OrganisationType).map((type) => (
            <option key={type} value={type}>
              {t(`organisationType.${type}`)}
            </option>
          ))}
        </FilterSelect>
      </fieldset>
      <QueryResult
        data={practices}
        error={query ? search.error : list.error}
        onRetry={query ? search.refetch : list.refetch}
        isEmpty={(items) => items.length === 0}
        empty={t('practices.empty')}
      >
        {(items) => (
          <section aria-label={t('practices.title')}>
            <p role="status">{t('practices.count', { count: total ?? items.length })}</p>
            <ul className="card-list card-list--single">
              {items.map((practice) => (
                <PracticeCard key={practice.id} practice={makeFragmentData(practice, PracticeCard_practice)} />
              ))}
            </ul>
            {!query && listed && pageInfoOf(listed.pageInfo).hasNextPage && (
              <Button
                onClick={() =>
                  void list.fetchMore({
                    variables: { after: pageInfoOf(listed.pageInfo).endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      practices: { ...fetchMoreResult.practices, nodes: [...previous.practices.nodes, ...fetchMoreResult.practices.nodes] },
                    }),
                  })
                }
              >
                {t('practices.more')}
              </Button>
            )}
          </section>
        )}
      </QueryResult>
    </>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string | null) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('practices.all')}</option>
        {children}
      </select>
    </div>
  );
}
