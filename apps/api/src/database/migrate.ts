import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { buildMigrationOrmOptions } from './mikro-orm.config';
import { MIGRATION_NAMES } from './migrations/names';

/** One number for the whole platform: replicas starting together wait for each other here. */
const MIGRATION_LOCK_KEY = 727_070_01;

/** Runs fn while holding a session-level advisory lock on its own connection. */
export async function withAdvisoryLock<T>(databaseUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn(client);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** Applies pending migrations; returns the names applied. With none pending (most starts) the ORM is not started. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  return withAdvisoryLock(databaseUrl, async (client) => {
    if ((await pendingMigrations(client)).length === 0) return [];
    const orm = await MikroORM.init(buildMigrationOrmOptions(databaseUrl));
    try {
      const applied = await orm.migrator.up();
      return applied.map((migration) => migration.name);
    } finally {
      await orm.close(true);
    }
  });
}

async function pendingMigrations(client: Client): Promise<string[]> {
  const table = await client.query<{ present: boolean }>(`select to_regclass('mikro_orm_migrations') is not null as present`);
  if (!table.rows[0]?.present) return [...MIGRATION_NAMES];
  const applied = new Set((await client.query<{ name: string }>('select name from mikro_orm_migrations')).rows.map((row) => row.name));
  return MIGRATION_NAMES.filter((name) => !applied.has(name));
}
