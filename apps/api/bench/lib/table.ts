import { max, median, min } from './stats';

/** One line of the result table: a figure per run for the platform and for its baseline. */
export interface RowResult {
  label: string;
  platform: number[];
  baseline: number[];
}

/** Platform ÷ baseline, run by run (the two sides of one run ran back to back). */
export function ratios(row: RowResult): number[] {
  return row.platform.map((value, i) => value / row.baseline[i]!).filter((ratio) => Number.isFinite(ratio));
}

/** Three significant digits, without exponent notation; large numbers as integers. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size >= 100) return Math.round(value).toString();
  if (size === 0) return '0';
  return Number(value.toPrecision(3)).toString();
}

const COLUMNS = ['bench', 'platform', 'baseline', 'ratio (median)', 'range'] as const;
const WIDTHS = [38, 15, 15, 14, 13];

function line(cells: string[]): string {
  return cells
    .map((cell, i) => cell.padEnd(WIDTHS[i]!))
    .join(' | ')
    .trimEnd();
}

/** The table printed at the end: medians over the runs, and the spread of the per-run ratio. */
export function renderTable(rows: RowResult[]): string {
  const out = [line([...COLUMNS]), line(WIDTHS.map((w) => '-'.repeat(w)))];
  for (const row of rows) {
    const r = ratios(row);
    out.push(
      line([
        row.label,
        formatFigure(median(row.platform)),
        formatFigure(median(row.baseline)),
        formatFigure(median(r)),
        r.length ? `${formatFigure(min(r))}–${formatFigure(max(r))}` : '–',
      ]),
    );
  }
  return out.join('\n');
}
