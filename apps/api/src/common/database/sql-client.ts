import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { sqlCounter } from '../logging/sql-counter';
import { sessionOptions, type DatabaseTimeouts } from './database-timeouts';

export interface SqlClientOptions {
  url: string;
  countStatements: boolean;
  timeouts: DatabaseTimeouts;
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
      // Both the wait for a free pool connection and the connect itself.
      connectionTimeoutMillis: options.timeouts.acquireMs,
      application_name: 'lerend-netwerk-api',
      options: sessionOptions(options.timeouts, options.durableCommits === false ? ['-c synchronous_commit=off'] : []),
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

  /** Does the database answer within timeoutMs? */
  async ping(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const answer = this.pool.query('select 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs fn in one transaction on one connection: committed when fn resolves, rolled back when it throws. */
  async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx = new SqlTransaction(client, this.options.countStatements);
    try {
      await tx.run('begin');
      const result = await fn(tx);
      await tx.run('commit');
      return result;
    } catch (error) {
      await tx.run('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** For derived data (counters recomputed from their rows): commits without waiting for the disk, on a pool of its own. */
export class DerivedDataSql extends SqlClient {}

export class SqlTransaction {
  constructor(
    private readonly client: PoolClient,
    private readonly countStatements: boolean,
  ) {}

  async query<R extends QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
    if (this.countStatements) sqlCounter.count += 1;
    return (await this.client.query<R>({ name, text, values })).rows;
  }

  /** A statement with parameters, not prepared (for SQL built at run time). */
  async exec<R extends QueryResultRow>(text: string, values: unknown[]): Promise<R[]> {
    if (this.countStatements) sqlCounter.count += 1;
    return (await this.client.query<R>(text, values)).rows;
  }

  async run(text: string): Promise<void> {
    if (this.countStatements) sqlCounter.count += 1;
    await this.client.query(text);
  }

  /** The same connection as pg-boss's `db` option: jobs sent with it are part of this transaction. */
  asJobDb(): { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } {
    return {
      executeSql: async (text, values) => {
        if (this.countStatements) sqlCounter.count += 1;
        return this.client.query(text, values);
      },
    };
  }
}
