import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';

interface PgConnection {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss's `db` option bound to the open MikroORM transaction of `em`: a job sent with it is inserted in that
 * transaction, so it exists exactly when what caused it is committed. Inside a transaction, knex's client hands
 * out the transaction's own connection.
 */
export function transactionDb(em: EntityManager): PgBoss.Db {
  const trx = em.getTransactionContext<{ client: { acquireConnection(): Promise<PgConnection> } }>();
  if (!trx) throw new Error('transactionDb: no open transaction on this EntityManager');
  return {
    executeSql: async (text, values) => {
      const connection = await trx.client.acquireConnection();
      return connection.query(text, values);
    },
  };
}
