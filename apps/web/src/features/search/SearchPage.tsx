import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { Button } from '../../ui/Button';
import { linkOf, SEARCH_RESULTS_QUERY, SEARCH_TYPES, type SearchType } from './queries';
import { Snippet } from './Snippet';
import './search.css';
import { Tabs } from '../../ui/Tabs';

const PAGE_SIZE = 20;

/** /zoeken?q=…&soort=PRACTICE — results with highlighted snippets, a filter by type, and more pages. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const typeParam = params.get('soort');
  const type = SEARCH_TYPES.includes(typeParam as SearchType) ? (typeParam as SearchType) : null;
  const [draft, setDraft] = useState(query);
  const { data, error, refetch, fetchMore } = useQuery(
    SEARCH_RESULTS_QUERY,
    query.length === 0 ? skipToken : { variables: { query, first: PAGE_SIZE, offset: 0, types: type ? [type] : null } },
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [exhausted, setExhausted] = useState<string>();
  const key = `${query}|${type ?? ''}`;

  function show(next: { q?: string; soort?: string | null }) {
    const updated = new URLSearchParams(params);
    if (next.q !== undefined) updated.set('q', next.q);
    if (next.soort !== undefined) {
      if (next.soort) updated.set('soort', next.soort);
      else updated.delete('soort');
    }
    setParams(updated);
  }

  async function more(current: number) {
    setLoadingMore(true);
    try {
      const { data: page } = await fetchMore({
        variables: { offset: current },
        updateQuery: (previous, { fetchMoreResult }) => ({ searchResults: [...previous.searchResults, ...fetchMoreResult.searchResults] }),
      });
      if (page.searchResults.length < PAGE_SIZE) setExhausted(key);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageTitle title={query ? t('search.resultsFor', { query }) : t('search.title')} />
      <form
        role="search"
        aria-label={t('search.pageLabel')}
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim()) show({ q: draft.trim() });
        }}
      >
        <label htmlFor="search-page-query" className="field__label">
          {t('search.label')}
        </label>
        <input id="search-page-query" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <Button type="submit" variant="primary">
          {t('search.submit')}
        </Button>
      </form>
      <Tabs
        label={t('search.filterByType')}
        items={[null, ...SEARCH_TYPES].map((value) => ({
          to: `/zoeken?${new URLSearchParams({ q: query, ...(value ? { soort: value } : {}) })}`,
          label: value ? t(`search.typesPlural.${value}`) : t('search.allTypes'),
          current: type === value,
        }))}
      />
      {query.length === 0 ? (
        <p>{t('search.enterQuery')}</p>
      ) : (
        <QueryResult
          data={data?.searchResults}
          error={error}
          onRetry={refetch}
          isEmpty={(results) => results.length === 0}
          empty={t('search.noResults', { query })}
        >
          {(results) => (
            <section aria-labelledby="search-results-heading">
              <h2 id="search-results-heading" className="visually-hidden">
                {t('search.results')}
              </h2>
              <p role="status">{t('search.shown', { count: results.length })}</p>
              <ol className="search-results">
                {results.map((result) => {
                  const link = linkOf(result.node);
                  return (
                    <li key={`${result.type}:${result.node.id}`} className="search-result">
                      <p className="search-result__type">{t(`search.types.${result.type}`)}</p>
                      <h3 className="search-result__title">
                        <Link to={link.to}>{link.label}</Link>
                      </h3>
                      <p className="search-result__snippet">
                        <Snippet snippet={result.snippet} />
                      </p>
                    </li>
                  );
                })}
              </ol>
              {results.length % PAGE_SIZE === 0 && exhausted !== key && (
                <Button onClick={() => void more(results.length)} disabled={loadingMore}>
                  {t('search.more')}
                </Button>
              )}
            </section>
          )}
        </QueryResult>
      )}
    </>
  );
}
