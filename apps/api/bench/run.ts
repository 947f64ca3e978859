import { coldStartBench } from './benches/cold-start.bench';
import { liveFanoutBench } from './benches/live-fanout.bench';
import { postingBench } from './benches/posting.bench';
import { searchBench } from './benches/search.bench';
import { sqlCountBench } from './benches/sql-count.bench';
import { subscriberMemoryBench } from './benches/subscriber-memory.bench';
import { threadPageBench } from './benches/thread-page.bench';
import { REPO_ROOT, requireBuiltApi } from './lib/built-api';
import { createBenchDatabase, openPostgresServer } from './lib/database';
import { runBench, type Bench, type BenchContext } from './lib/harness';
import { describeMachine } from './lib/machine';
import { readOptions } from './lib/options';
import { renderTable, type RowResult } from './lib/table';

// `pnpm bench`: every bench (or those in BENCH_ONLY) against its bare baseline, BENCH_RUNS times, then one table.
// A benchmark, not a test: it prints figures and fails only when something does not work (or answers differ).

/** In the order of the table; BENCH_ONLY picks by name. */
const BENCHES: Bench<unknown>[] = [
  threadPageBench,
  sqlCountBench,
  postingBench,
  liveFanoutBench,
  coldStartBench,
  subscriberMemoryBench,
  searchBench,
];

async function main(): Promise<number> {
  const options = readOptions();
  const unknownNames = options.only.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknownNames.length)
    throw new Error(`Unknown bench in BENCH_ONLY: ${unknownNames.join(', ')}. There are: ${BENCHES.map((b) => b.name).join(', ')}`);
  const selected = BENCHES.filter((bench) => options.only.length === 0 || options.only.includes(bench.name));
  requireBuiltApi();

  const log = (line: string) => console.log(line);
  for (const line of describeMachine(REPO_ROOT)) log(line);
  log(
    `runs: ${options.runs}, ${options.seconds} s per load (+${options.warmupSeconds} s warm-up), ${options.connections} connections, ${options.subscribers} subscribers`,
  );
  log(`benches: ${selected.map((b) => b.name).join(', ')}`);

  const postgres = await openPostgresServer();
  log(`PostgreSQL: ${postgres.source}`);
  const rows: RowResult[] = [];
  const failures: string[] = [];
  try {
    const database = await createBenchDatabase(postgres.serverUrl, 'main');
    try {
      const context: BenchContext = { options, serverUrl: postgres.serverUrl, database, log };
      for (const bench of selected) {
        try {
          rows.push(...(await runBench(bench, context)));
        } catch (error) {
          failures.push(bench.name);
          console.error(`[${bench.name}] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }
    } finally {
      await database.drop().catch((error: unknown) => console.error(`could not drop ${database.name}: ${String(error)}`));
    }
  } finally {
    await postgres.stop();
  }

  log('');
  log(`ratio = platform ÷ baseline per run; median and range (min–max) over ${options.runs} runs`);
  log(renderTable(rows));
  if (failures.length) console.error(`\nFailed: ${failures.join(', ')}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
