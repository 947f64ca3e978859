import { useQuery } from '@apollo/client/react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { DataFigure } from '../../ui/DataFigure';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { activityRows, pivot } from './insightFigures';
import { INSIGHT_QUERY } from './queries';

const StackedBars = lazy(() => import('./InsightCharts').then((module) => ({ default: module.StackedBars })));
const Lines = lazy(() => import('./InsightCharts').then((module) => ({ default: module.Lines })));
const PracticesChart = lazy(() => import('./InsightCharts').then((module) => ({ default: module.PracticesChart })));

const WEEKS = 12;
const MONTHS = 12;
const TOP = 5;

type Pivoted = ReturnType<typeof activityRows>;

/** /inzicht (members) — the network in figures: activity per theme, theme support and attendance over time, practices. */
export function InsightPage() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(INSIGHT_QUERY, {
    variables: { weeks: WEEKS, months: MONTHS },
    fetchPolicy: 'cache-and-network',
  });
  const monthName = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = (x: string) => monthName.format(new Date(`${x}-15T00:00:00Z`));
  const week = (x: string) => formatDate(x, locale);
  const table = (figures: Pivoted, first: string, label: (x: string) => string) => ({
    columns: [first, ...figures.series],
    rows: figures.rows.map((row) => ({ label: label(row.x), values: figures.series.map((name) => Number(row[name as keyof typeof row])) })),
  });

  return (
    <>
      <PageTitle title={t('insight.title')}>{t('insight.lead')}</PageTitle>
      <QueryResult data={data} error={error} onRetry={refetch}>
        {(figures) => {
          const other = t('insight.otherThemes');
          const activity = activityRows(figures.activityPerWeek, TOP, { other, noTheme: t('insight.noTheme') });
          const support = pivot(
            figures.themeSupportOverTime,
            { x: (p) => p.month, series: (p) => p.seriesName, value: (p) => p.value },
            TOP,
            other,
          );
          const attendance = pivot(
            figures.attendanceOverTime,
            { x: (p) => p.month, series: (p) => p.seriesName, value: (p) => p.value },
            TOP,
            t('insight.attendance.other'),
          );
          const practices = figures.practicesPerCompetence.map((row) => ({
            label: t(`competence.${row.competence}`),
            practices: row.practices,
          }));
          const mostPractices = [...practices].sort((a, b) => b.practices - a.practices)[0];
          const lastSupport = support.rows.at(-1);
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
                    summary={t('insight.activity.summary', { posts: activity.total, weeks: WEEKS, theme: activity.largest })}
                    table={table(activity, t('insight.activity.week'), week)}
                  >
                    <StackedBars rows={activity.rows} series={activity.series} xLabel={week} />
                  </DataFigure>
                )}
              </section>
              <section aria-labelledby="insight-support" className="section">
                <h2 id="insight-support">{t('insight.support.title')}</h2>
                {support.series.length === 0 ? (
                  <p className="muted">{t('insight.support.none')}</p>
                ) : (
                  <DataFigure
                    id="insight-support-figure"
                    caption={t('insight.support.caption', { months: MONTHS })}
                    summary={support.series
                      .map((name) =>
                        t('insight.support.summaryLine', {
                          theme: name,
                          supporters: Number(lastSupport?.[name as keyof typeof lastSupport] ?? 0),
                        }),
                      )
                      .join('; ')}
                    table={table(support, t('insight.month'), month)}
                  >
                    <Lines rows={support.rows} series={support.series} xLabel={month} />
                  </DataFigure>
                )}
              </section>
              <section aria-labelledby="insight-attendance" className="section">
                <h2 id="insight-attendance">{t('insight.attendance.title')}</h2>
                {attendance.total === 0 ? (
                  <p className="muted">{t('insight.attendance.none', { months: MONTHS })}</p>
                ) : (
                  <DataFigure
                    id="insight-attendance-figure"
                    caption={t('insight.attendance.caption', { months: MONTHS })}
                    summary={t('insight.attendance.summary', { attendees: attendance.total, organisation: attendance.largest })}
                    table={table(attendance, t('insight.month'), month)}
                  >
                    <StackedBars rows={attendance.rows} series={attendance.series} xLabel={month} />
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
