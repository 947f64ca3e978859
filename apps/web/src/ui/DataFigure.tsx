import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from './Skeleton';
import { TableScroll } from './TableScroll';

export interface FigureTable {
  /** The header of the first column (what the rows are), then of each value column. */
  columns: string[];
  rows: Array<{ label: string; values: Array<string | number> }>;
}

/**
 * A chart with what a screen reader and a printout need beside it: a caption with a text summary (also the chart's
 * accessible name) and the same figures as a table. The chart itself is usually a lazy component.
 */
export function DataFigure({
  id,
  caption,
  summary,
  table,
  children,
}: {
  id: string;
  caption: string;
  summary: string;
  table: FigureTable;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="data-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{caption}</strong> {summary}
      </figcaption>
      <div role="img" aria-label={summary} className="data-figure__chart">
        <Suspense fallback={<Skeleton lines={6} />}>{children}</Suspense>
      </div>
      <TableScroll label={`${t('learning.tableCaption')}: ${caption}`}>
        <table className="table">
          <caption>{t('learning.tableCaption')}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={table.columns[index + 1] ?? index}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
