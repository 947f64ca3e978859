/**
 * A chart's shape from figures per (x, series): one row per x in order, a column per series — the `top` largest
 * series by their total, the rest folded into `other` — with 0 where a series has no figure.
 */
export function pivot<P>(
  points: readonly P[],
  by: { x: (point: P) => string; series: (point: P) => string; value: (point: P) => number },
  top: number,
  other: string,
) {
  const totals = new Map<string, number>();
  for (const point of points) totals.set(by.series(point), (totals.get(by.series(point)) ?? 0) + by.value(point));
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, top).map(([name]) => name);
  const series = ranked.length > top ? [...shown, other] : shown;
  const xs = [...new Set(points.map(by.x))].sort();
  const rows = xs.map((x) => {
    const values: Record<string, number> = Object.fromEntries(series.map((name) => [name, 0]));
    for (const point of points.filter((p) => by.x(p) === x)) {
      const name = shown.includes(by.series(point)) ? by.series(point) : other;
      values[name] = (values[name] ?? 0) + by.value(point);
    }
    return { x, ...values };
  });
  return { series, rows, total: ranked.reduce((sum, [, value]) => sum + value, 0), largest: ranked[0]?.[0] ?? null };
}

/** Posts per week per theme (threads without a theme as `noTheme`). */
export function activityRows(
  activity: ReadonlyArray<{ weekStart: string; themeTitle: string | null; posts: number }>,
  top: number,
  labels: { other: string; noTheme: string },
) {
  return pivot(
    activity,
    { x: (row) => row.weekStart, series: (row) => row.themeTitle ?? labels.noTheme, value: (row) => row.posts },
    top,
    labels.other,
  );
}
