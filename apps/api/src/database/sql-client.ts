import { Pool, type QueryResultRow } from 'pg';
import { sqlCounter } from '../common/logging/sql-counter';

export interface SqlClientOptions {
  url: string;
  countStatements: boolean;
  maxConnections?: number;
  /** false: commits do not wait for the WAL flush (only for data that can be rebuilt from other rows). */
  durableCommits?: boolean;
}

/**
 * Plain `pg` for the hot read and write paths: parameters travel apart from the SQL text (named statements are
 * prepared once per connection), rows come back as they are, and no unit of work or identity map is built for them.
 * Everything else goes through MikroORM.
 */
export class SqlClient {
  private readonly pool: Pool;

  constructor(private readonly options: SqlClientOptions) {
    this.pool = new Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 5_000,
      application_name: 'lerend-netwerk-api',
      ...(options.durableCommits === false ? { options: '-c synchronous_commit=off' } : {}),
    });
    // An idle client that loses its connection must not take the process down (node-postgres emits on the pool).
    this.pool.on('error', () => undefined);
  }

  /** `name` makes it a prepared statement: give each distinct SQL text its own name. */
  async query<R extends QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
    if (this.options.countStatements) sqlCounter.count += 1;
    const result = await this.pool.query<R>({ name, text, values });
    return result.rows;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** For derived data (counters recomputed from their rows): commits without waiting for the disk, on a pool of its own. */
export class DerivedDataSql extends SqlClient {}
