/** What a bench run is told through the environment (see docs/benchmarks.md). */
export interface BenchOptions {
  /** Bench names to run (BENCH_ONLY, comma-separated); empty: all. */
  only: string[];
  /** How often each bench runs, alternating which side goes first (BENCH_RUNS). */
  runs: number;
  /** Length of each timed load (BENCH_SECONDS). */
  seconds: number;
  /** Unmeasured load before each timed one (BENCH_WARMUP_SECONDS). */
  warmupSeconds: number;
  /** Concurrent connections of the HTTP load (BENCH_CONNECTIONS). */
  connections: number;
  /** Live subscribers of the fan-out and memory benches (BENCH_SUBSCRIBERS). */
  subscribers: number;
  /** Posts sent to the subscribers per fan-out run (BENCH_FANOUT_TRIGGERS). */
  fanoutTriggers: number;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

export function readOptions(): BenchOptions {
  return {
    only: (process.env['BENCH_ONLY'] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    runs: Math.round(positiveNumber('BENCH_RUNS', 3)),
    seconds: positiveNumber('BENCH_SECONDS', 10),
    warmupSeconds: positiveNumber('BENCH_WARMUP_SECONDS', 2),
    connections: Math.round(positiveNumber('BENCH_CONNECTIONS', 16)),
    subscribers: Math.round(positiveNumber('BENCH_SUBSCRIBERS', 1000)),
    fanoutTriggers: Math.round(positiveNumber('BENCH_FANOUT_TRIGGERS', 10)),
  };
}
