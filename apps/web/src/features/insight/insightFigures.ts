/** The activity chart's shape: one row per week, a column per theme (the busiest `top`, the rest as `other`). */
export function activityRows(
  activity: ReadonlyArray<{ weekStart: string; themeId: string | null; themeTitle: string | null; posts: number }>,
  top: number,
  labels: { other: string; noTheme: string },
) {
  const totals = new Map<string, number>();
  const label = (row: { themeTitle: string | null }) => row.themeTitle ?? labels.noTheme;
  for (const row of activity) totals.set(label(row), (totals.get(label(row)) ?? 0) + row.posts);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, top).map(([name]) => name);
  const series = ranked.length > top ? [...shown, labels.other] : shown;
  const weeks = [...new Set(activity.map((row) => row.weekStart))].sort();
  const rows = weeks.map((weekStart) => {
    const values: Record<string, number> = Object.fromEntries(series.map((name) => [name, 0]));
    for (const row of activity.filter((r) => r.weekStart === weekStart)) {
      const name = shown.includes(label(row)) ? label(row) : labels.other;
      values[name] = (values[name] ?? 0) + row.posts;
    }
    return { weekStart, ...values };
  });
  return { series, rows, total: ranked.reduce((sum, [, posts]) => sum + posts, 0), busiest: ranked[0]?.[0] ?? null };
}
