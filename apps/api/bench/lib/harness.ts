import type { BenchDatabase } from './database';
import { ProcessDiedError } from './processes';
import type { BenchOptions } from './options';
import { formatFigure, type RowResult } from './table';

export type Side = 'platform' | 'baseline';

/** Figures of one side in one run, by row label (the label says the unit). */
export type Figures = Record<string, number>;

export interface BenchContext {
  options: BenchOptions;
  /** postgres://… of the server, for benches that make a database of their own. */
  serverUrl: string;
  /** The shared bench database: migrated, demo network loaded; each bench adds its own rows. */
  database: BenchDatabase;
  log: (line: string) => void;
}

export interface Bench<Fixture> {
  /** What BENCH_ONLY selects it by. */
  name: string;
  /** Once, before the runs: data, and the checks that both sides answer the same. */
  setup(context: BenchContext): Promise<Fixture>;
  /** One side, one run: start what it needs, measure, stop it again. */
  measure(side: Side, fixture: Fixture, context: BenchContext, run: number): Promise<Figures>;
  teardown?(fixture: Fixture, context: BenchContext): Promise<void>;
}

/** Lets benches with different fixtures share one list. */
export function defineBench<Fixture>(bench: Bench<Fixture>): Bench<unknown> {
  return bench;
}

/** Which side goes first in run `run` (0-based): the platform in even runs, the baseline in odd ones. */
export function sideOrder(run: number): [Side, Side] {
  return run % 2 === 0 ? ['platform', 'baseline'] : ['baseline', 'platform'];
}

/** Work whose server died on its own (see ProcessDiedError) is thrown away and done again, twice at most. */
async function retryIfProcessDied<T>(what: string, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ProcessDiedError) || attempt === 3) throw error;
      log(`${what}: ${error.message.split('\n')[0]}; again`);
    }
  }
}

/** Runs a bench `options.runs` times, alternating which side goes first; returns a row per figure label. */
export async function runBench(bench: Bench<unknown>, context: BenchContext): Promise<RowResult[]> {
  const log = (line: string) => context.log(`[${bench.name}] ${line}`);
  const benchContext: BenchContext = { ...context, log };
  const fixture = await retryIfProcessDied('setup', log, () => bench.setup(benchContext));
  const rows = new Map<string, RowResult>();
  try {
    for (let run = 0; run < context.options.runs; run += 1) {
      for (const side of sideOrder(run)) {
        const figures = await retryIfProcessDied(`run ${run + 1} ${side}`, log, () => bench.measure(side, fixture, benchContext, run));
        log(
          `run ${run + 1}/${context.options.runs} ${side.padEnd(8)} ${Object.entries(figures)
            .map(([label, value]) => `${label} ${formatFigure(value)}`)
            .join(', ')}`,
        );
        for (const [label, value] of Object.entries(figures)) {
          const row = rows.get(label) ?? { label, platform: [], baseline: [] };
          row[side].push(value);
          rows.set(label, row);
        }
      }
    }
  } finally {
    await bench.teardown?.(fixture, benchContext);
  }
  return [...rows.values()];
}
