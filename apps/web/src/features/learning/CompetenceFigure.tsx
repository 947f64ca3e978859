import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../ui/Skeleton';
import { byCompetence, type CompetencePoint } from './competenceFigures';
import './learning.css';

// The charting library is loaded only where a chart is shown.
const CompetenceChart = lazy(() => import('./CompetenceChart').then((module) => ({ default: module.CompetenceChart })));

/**
 * A chart of competence scores with what a screen reader (or a printout) needs beside it: a text summary and the
 * figures as a table.
 */
export function CompetenceFigure({ id, points, caption }: { id: string; points: readonly CompetencePoint[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 2 });
  const rows = byCompetence(points);
  const moments = rows[0]?.scores.map((score) => score.moment) ?? [];
  const summary = rows
    .map((row) =>
      t('learning.summaryLine', {
        competence: t(`competence.${row.competence}`),
        values: row.scores
          .filter((score) => score.score !== null)
          .map((score) => t('learning.summaryValue', { moment: t(`learning.moment.${score.moment}`), score: number.format(score.score!) }))
          .join(', '),
      }),
    )
    .join('. ');

  if (points.length === 0) return <p className="muted">{t('learning.noData')}</p>;
  return (
    <figure className="competence-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {caption} <span className="competence-figure__summary">{summary}.</span>
      </figcaption>
      <div role="img" aria-label={t('learning.chartLabel', { summary })} className="competence-figure__chart">
        <Suspense fallback={<Skeleton lines={6} />}>
          <CompetenceChart points={points} />
        </Suspense>
      </div>
      <div className="table-scroll">
        <table className="table">
          <caption>{t('learning.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('learning.competence')}</th>
              {moments.map((moment) => (
                <th key={moment} scope="col">
                  {t(`learning.moment.${moment}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.competence}>
                <th scope="row">{t(`competence.${row.competence}`)}</th>
                {row.scores.map((score) => (
                  <td key={score.moment}>{score.score === null ? '–' : number.format(score.score)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
