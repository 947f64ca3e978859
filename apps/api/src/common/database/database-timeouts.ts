import type { AppConfig } from '../../config/app-config';

export type DatabaseTimeouts = AppConfig['databaseTimeouts'];

/**
 * PostgreSQL startup options for every connection of every pool (MikroORM, SqlClient, pg-boss): a statement or a
 * wait for a lock ends with an error instead of holding a pool connection (and the request) for as long as it takes.
 */
export function sessionOptions(timeouts: DatabaseTimeouts, extra: string[] = []): string {
  return [`-c statement_timeout=${timeouts.statementMs}`, `-c lock_timeout=${timeouts.lockMs}`, ...extra].join(' ');
}
