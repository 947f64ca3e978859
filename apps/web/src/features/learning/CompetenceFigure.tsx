import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { DataFigure } from '../../ui/DataFigure';
import { byCompetence, type CompetencePoint } from './competenceFigures';

// The charting library is loaded only where a chart is shown.
const CompetenceChart = lazy(() => import('./CompetenceChart').then((module) => ({ default: module.CompetenceChart })));

/** Competence scores over the moments: a line chart, its text summary and its table (DataFigure). */
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
    <DataFigure
      id={id}
      caption={caption}
      summary={`${summary}.`}
      table={{
        columns: [t('learning.competence'), ...moments.map((moment) => t(`learning.moment.${moment}`))],
        rows: rows.map((row) => ({
          label: t(`competence.${row.competence}`),
          values: row.scores.map((score) => (score.score === null ? '–' : number.format(score.score))),
        })),
      }}
    >
      <CompetenceChart points={points} />
    </DataFigure>
  );
}
