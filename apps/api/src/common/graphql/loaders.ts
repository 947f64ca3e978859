import DataLoader from 'dataloader';
import { RequestContext, type EntityClass } from '@mikro-orm/core';
import type { LeanRows } from '../database/lean-rows';
import type { GraphqlContext } from './graphql-context';

/**
 * One DataLoader per operation and per key: field resolvers batch their reads, so a page costs a constant
 * number of SQL statements however many rows it shows.
 */
export function loaderFor<K, V>(context: GraphqlContext, key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    const em = context.em;
    const run = em ? (keys: readonly K[]) => RequestContext.create(em, () => batch(keys)) : batch;
    loader = new DataLoader<K, V>(run, { maxBatchSize: 500 });
    context.loaders.set(key, loader);
  }
  return loader;
}

/** Groups rows by a key, in the order of the requested keys (what DataLoader needs). */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * Rows of one entity by id (lean, read-only), batched: one loader per entity and operation, so a service that already holds some rows
 * (a join it needed anyway) can prime it and spare the statement.
 */
export function byIdLoader<T extends { id: string }>(
  context: GraphqlContext,
  lean: LeanRows,
  entity: EntityClass<T>,
): DataLoader<string, T | null> {
  return loaderFor<string, T | null>(context, `${entity.name}.byId`, async (ids) => {
    const rows = await lean.byIds(entity, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((key) => byId.get(key) ?? null);
  });
}
