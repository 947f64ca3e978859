import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';

const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#4b5563'];

/** Posts per week, stacked per theme (recharts). */
export function ActivityChart({
  rows,
  series,
  weekLabel,
}: {
  rows: Array<Record<string, string | number>>;
  series: string[];
  weekLabel: (week: string) => string;
}) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="weekStart" tickFormatter={weekLabel} />
        <YAxis allowDecimals={false} width={36} />
        <Legend />
        {series.map((name, index) => (
          <Bar key={name} dataKey={name} stackId="posts" fill={COLOURS[index % COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Published practices per competence, as horizontal bars (recharts). */
export function PracticesChart({ rows }: { rows: Array<{ label: string; practices: number }> }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={220} />
        <Bar dataKey="practices" fill="#047857" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
