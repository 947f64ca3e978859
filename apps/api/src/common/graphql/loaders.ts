import DataLoader from 'dataloader';
import { RequestContext } from '@mikro-orm/core';
import type { GraphqlContext } from './graphql-context';

/**
 * One DataLoader per operation and per key: field resolvers batch their reads, so a page costs a constant
 * number of SQL statements however many rows it shows.
 */
export function loaderFor<K, V>(
  context: GraphqlContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
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
