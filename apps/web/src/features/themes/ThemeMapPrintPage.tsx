import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../lib/NotFound';
import { Button } from '../../ui/Button';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { THEME_QUERY, themeOf } from './queries';
import { ThemeMap } from './ThemeMap';
import './themes.css';

/** /themas/:id/kaart — the theme's map on its own, laid out for paper (members: the map comes from discussions). */
export function ThemeMapPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(THEME_QUERY, { variables: { id } });
  return (
    <QueryResult data={data && { theme: data.theme && themeOf(data.theme) }} error={error} onRetry={refetch}>
      {({ theme }) =>
        !theme ? (
          <NotFound />
        ) : (
          <article className="print-page">
            <PageTitle title={t('themes.map.printTitle', { title: theme.title })} />
            {theme.description && <p>{theme.description}</p>}
            <p className="no-print">
              <Button variant="primary" onClick={() => window.print()}>
                {t('themes.map.print')}
              </Button>{' '}
              <a href={`/themes/${theme.id}/map.md`} download>
                {t('themes.page.downloadMap')}
              </a>{' '}
              · <Link to={`/themas/${theme.id}`}>{theme.title}</Link>
            </p>
            <ThemeMap map={theme.map} headingLevel={2} />
          </article>
        )
      }
    </QueryResult>
  );
}
