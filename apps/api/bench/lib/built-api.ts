import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityManager, Options } from '@mikro-orm/postgresql';

// The bench is compiled on its own (bench/tsconfig.json → dist-bench/) and uses the API as built by `pnpm build`
// (dist/): the same code that runs in production, and its test helpers (testing/ → dist-testing/). The few helpers
// it needs from them are typed here by hand.

/** apps/api, from bench/lib and from dist-bench/lib alike. */
export const API_ROOT = resolve(__dirname, '..', '..');
export const API_MAIN = resolve(API_ROOT, 'dist', 'start.js');
/** The repository (worktree) root: the bench's embedded PostgreSQL keeps its data under its .data/. */
export const REPO_ROOT = resolve(API_ROOT, '..', '..');

interface TestPostgresModule {
  startTestPostgres(): Promise<{ serverUrl: string; stop: () => Promise<void> }>;
}
interface TestDatabaseModule {
  recreateEmptyDatabase: (serverUrl: string, name: string) => Promise<string>;
  dropDatabase: (databaseUrl: string) => Promise<void>;
  serverUrlOf: (databaseUrl: string) => string;
}
interface MigrateModule {
  migrate(databaseUrl: string): Promise<string[]>;
}
interface SeedModule {
  /** Loads the demo network (organisations, themes, …) into an empty, migrated database. */
  seedDemoNetwork(em: EntityManager): Promise<'seeded' | 'skipped'>;
}
interface OrmConfigModule {
  buildOrmOptions(databaseUrl: string): Options;
}

function fromDist(path: string, folder = 'dist'): unknown {
  const file = resolve(API_ROOT, folder, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first (\`pnpm bench\` does).`);
  return require(file);
}

export const builtApi = {
  testPostgres: () => fromDist('testing/test-postgres.js', 'dist-testing') as TestPostgresModule,
  testDatabase: () => fromDist('testing/test-database.js', 'dist-testing') as TestDatabaseModule,
  migrate: () => fromDist('database/migrate.js') as MigrateModule,
  seed: () => fromDist('database/seeds/demo-network.seed.js') as SeedModule,
  ormConfig: () => fromDist('database/mikro-orm.config.js') as OrmConfigModule,
};

export function requireBuiltApi(): void {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`pnpm build\` first.`);
}
