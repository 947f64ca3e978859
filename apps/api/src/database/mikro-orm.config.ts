import { resolve } from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { API_ROOT } from '../config/paths';
import { sessionOptions, type DatabaseTimeouts } from '../common/database/database-timeouts';
import { ENTITIES } from './entities';

/** Where `db:migration:create` writes new migrations: the source folder, not dist. */
export const MIGRATIONS_SOURCE_DIR = resolve(API_ROOT, 'src', 'database', 'migrations');

/** The ORM as the API runs it: without the migrator, which (with umzug and its CLI) most starts never need. */
export function buildOrmOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    pool: { min: 0, max: 10, acquireTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 },
    driverOptions: { connection: { connectionTimeoutMillis: 5_000, application_name: 'lerend-netwerk-api' } },
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  });
}

/** The API's own pool: statement and lock timeouts on every connection, a bounded wait for a free one. */
export function runtimePoolOptions(timeouts: DatabaseTimeouts): Partial<Options> {
  return {
    pool: { min: 0, max: 10, acquireTimeoutMillis: timeouts.acquireMs, idleTimeoutMillis: 30_000 },
    driverOptions: {
      connection: {
        connectionTimeoutMillis: timeouts.acquireMs,
        application_name: 'lerend-netwerk-api',
        options: sessionOptions(timeouts),
      },
    },
  };
}

/** The ORM with its migrator and every migration: for applying, creating and checking migrations. */
export function buildMigrationOrmOptions(clientUrl: string): Options {
  const { Migrator } = require('@mikro-orm/migrations') as typeof import('@mikro-orm/migrations');
  const { MIGRATIONS } = require('./migrations') as typeof import('./migrations');
  return buildOrmOptions(clientUrl, {
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: MIGRATIONS_SOURCE_DIR,
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}
