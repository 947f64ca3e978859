import { useQuery } from '@apollo/client/react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { DataFigure } from '../../ui/DataFigure';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { activityRows } from './insightFigures';
import { INSIGHT_QUERY } from './queries';

const ActivityChart = lazy(() => import('./InsightCharts').then((module) => ({ default: module.ActivityChart })));
const PracticesChart = lazy(() => import('./InsightCharts').then((module) => ({ default: module.PracticesChart })));

const WEEKS = 12;
const TOP_THEMES = 5;

/** /inzicht (members) — the network in figures: contributions per week per theme, practices per key competence. */
export function InsightPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(INSIGHT_QUERY, { variables: { weeks: WEEKS }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle title={t('insight.title')}>{t('insight.lead')}</PageTitle>
      <QueryResult data={data} error={error} onRetry={refetch}>
        {(figures) => {
          const activity = activityRows(figures.activityPerWeek, TOP_THEMES, {
            other: t('insight.otherThemes'),
            noTheme: t('insight.noTheme'),
          });
          const week = (weekStart: string) => formatDate(weekStart, locale);
          const practices = figures.practicesPerCompetence.map((row) => ({
            label: t(`competence.${row.competence}`),
            practices: row.practices,
          }));
          const mostPractices = [...practices].sort((a, b) => b.practices - a.practices)[0];
          return (
            <>
              <section aria-labelledby="insight-activity" className="section">
                <h2 id="insight-activity">{t('insight.activity.title', { weeks: WEEKS })}</h2>
                {activity.total === 0 ? (
                  <p className="muted">{t('insight.activity.none', { weeks: WEEKS })}</p>
                ) : (
                  <DataFigure
                    id="insight-activity-figure"
                    caption={t('insight.activity.caption')}
                    summary={t('insight.activity.summary', { posts: activity.total, weeks: WEEKS, theme: activity.busiest })}
                    table={{
                      columns: [t('insight.activity.week'), ...activity.series],
                      rows: activity.rows.map((row) => ({
                        label: week(row.weekStart),
                        values: activity.series.map((name) => Number(row[name as keyof typeof row])),
                      })),
                    }}
                  >
                    <ActivityChart rows={activity.rows} series={activity.series} weekLabel={week} />
                  </DataFigure>
                )}
              </section>
              <section aria-labelledby="insight-practices" className="section">
                <h2 id="insight-practices">{t('insight.practices.title')}</h2>
                <DataFigure
                  id="insight-practices-figure"
                  caption={t('insight.practices.caption')}
                  summary={t('insight.practices.summary', {
                    competence: mostPractices?.label ?? '–',
                    practices: mostPractices?.practices ?? 0,
                  })}
                  table={{
                    columns: [t('learning.competence'), t('insight.practices.count')],
                    rows: practices.map((row) => ({ label: row.label, values: [row.practices] })),
                  }}
                >
                  <PracticesChart rows={practices} />
                </DataFigure>
              </section>
            </>
          );
        }}
      </QueryResult>
    </>
  );
}
