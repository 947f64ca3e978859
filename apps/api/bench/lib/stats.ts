/** Values sorted ascending (a copy). */
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The median; for an even count, the mean of the middle two. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = sorted(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

export const min = (values: readonly number[]) => (values.length ? Math.min(...values) : Number.NaN);
export const max = (values: readonly number[]) => (values.length ? Math.max(...values) : Number.NaN);
