import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#4b5563', '#0e7490'];
const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', '4 4', '1 2', '12 4'];

type Rows = Array<Record<string, string | number>>;

/** Figures per x (a week, a month), stacked per series (recharts). */
export function StackedBars({ rows, series, xLabel }: { rows: Rows; series: string[]; xLabel: (x: string) => string }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" tickFormatter={xLabel} />
        <YAxis allowDecimals={false} width={36} />
        <Legend />
        {series.map((name, index) => (
          <Bar key={name} dataKey={name} stackId="figures" fill={COLOURS[index % COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Figures per x as a line per series, told apart by colour and dash (recharts). */
export function Lines({ rows, series, xLabel }: { rows: Rows; series: string[]; xLabel: (x: string) => string }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" tickFormatter={xLabel} />
        <YAxis allowDecimals={false} width={36} />
        <Legend />
        {series.map((name, index) => (
          <Line
            key={name}
            type="monotone"
            dataKey={name}
            stroke={COLOURS[index % COLOURS.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
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
