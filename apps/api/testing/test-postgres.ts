import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { REPO_ROOT } from '../src/config/paths';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { buildOrmOptions } from '../src/database/mikro-orm.config';
import { seedDemoNetwork } from '../src/database/seeds/demo-network.seed';
import { recreateEmptyDatabase, serverUrlOf, TEMPLATES } from './test-database';

const repoRoot = REPO_ROOT;

export interface TestPostgres {
  serverUrl: string;
  stop(): Promise<void>;
}

/** TEST_DATABASE_URL's server when set; otherwise an embedded PostgreSQL of its own (data under .data/). */
export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env['TEST_DATABASE_URL'];
  if (external) return { serverUrl: serverUrlOf(external), stop: () => Promise.resolve() };
  const server = await startEmbeddedPostgres(
    resolve(process.env['TEST_EMBEDDED_PG_DIR'] ?? resolve(repoRoot, '.data', 'test-postgres')),
    Number(process.env['TEST_EMBEDDED_PG_PORT'] ?? 54339),
  );
  return { serverUrl: server.serverUrl, stop: server.stop };
}

/** Migrates the templates afresh: one empty, one with the demo network. */
export async function prepareTemplates(serverUrl: string): Promise<void> {
  const emptyUrl = await recreateEmptyDatabase(serverUrl, TEMPLATES.empty);
  await migrate(emptyUrl);
  const demoUrl = await recreateEmptyDatabase(serverUrl, TEMPLATES.demo);
  await migrate(demoUrl);
  const orm = await MikroORM.init(buildOrmOptions(demoUrl));
  try {
    await seedDemoNetwork(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}
