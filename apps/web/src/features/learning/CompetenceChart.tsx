import { KEY_COMPETENCES, type AssessmentMoment } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { chartRows, type CompetencePoint } from './competenceFigures';

/** Colours and dashes that tell the lines apart also without colour (and in print). */
const LINES = [
  { stroke: '#1d4ed8', dash: undefined },
  { stroke: '#b45309', dash: '8 4' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#7c3aed', dash: '10 3 2 3' },
];

/** The competences' scores over the moments as lines (recharts); the figure around it gives the text and the table. */
export function CompetenceChart({ points }: { points: readonly CompetencePoint[] }) {
  const { t } = useTranslation();
  const rows = chartRows(points);
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="moment" tickFormatter={(moment: AssessmentMoment) => t(`learning.moment.${moment}`)} />
        <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} width={32} />
        <Legend />
        {KEY_COMPETENCES.map((competence, index) => (
          <Line
            key={competence}
            type="monotone"
            dataKey={competence}
            name={t(`competence.${competence}`)}
            stroke={LINES[index]!.stroke}
            strokeDasharray={LINES[index]!.dash}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
