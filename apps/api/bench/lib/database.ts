import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { builtApi, REPO_ROOT } from './built-api';

export interface PostgresServer {
  /** postgres://… without a database name. */
  serverUrl: string;
  /** Where it came from, for the report. */
  source: string;
  stop(): Promise<void>;
}

export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * BENCH_DATABASE_URL's server, else TEST_DATABASE_URL's, else an embedded PostgreSQL of the bench's own
 * (data in .data/bench-postgres, port TEST_EMBEDDED_PG_PORT or 54349). Only its own ln_bench_* databases are touched.
 */
export async function openPostgresServer(): Promise<PostgresServer> {
  const { serverUrlOf } = builtApi.testDatabase();
  const external = process.env['BENCH_DATABASE_URL'];
  if (external) return { serverUrl: serverUrlOf(external), source: 'BENCH_DATABASE_URL', stop: () => Promise.resolve() };
  if (process.env['TEST_DATABASE_URL']) {
    return { serverUrl: serverUrlOf(process.env['TEST_DATABASE_URL']), source: 'TEST_DATABASE_URL', stop: () => Promise.resolve() };
  }
  process.env['TEST_EMBEDDED_PG_DIR'] ??= resolve(REPO_ROOT, '.data', 'bench-postgres');
  process.env['TEST_EMBEDDED_PG_PORT'] ??= '54349';
  const server = await builtApi.testPostgres().startTestPostgres();
  return {
    serverUrl: server.serverUrl,
    source: `embedded PostgreSQL on port ${process.env['TEST_EMBEDDED_PG_PORT']} (${process.env['TEST_EMBEDDED_PG_DIR']})`,
    stop: server.stop,
  };
}

/** A new database ln_bench_<label>_<random>, migrated, with the demo network (organisations, themes) loaded. */
export async function createBenchDatabase(serverUrl: string, label: string): Promise<BenchDatabase> {
  const { recreateEmptyDatabase, dropDatabase } = builtApi.testDatabase();
  const name = `ln_bench_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const url = await recreateEmptyDatabase(serverUrl, name);
  const drop = () => dropDatabase(url);
  try {
    await builtApi.migrate().migrate(url);
    const orm = await MikroORM.init(builtApi.ormConfig().buildOrmOptions(url));
    try {
      await builtApi.seed().seedDemoNetwork(orm.em.fork());
    } finally {
      await orm.close(true);
    }
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return { url, name, drop };
}
