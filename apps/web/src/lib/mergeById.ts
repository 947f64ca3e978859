/**
 * `existing` followed by the items of `incoming` it does not have yet, each id once.
 * An item in both keeps its place and takes the incoming (newer) version. Used for
 * posts fetched again after a lost connection or delivered twice (live and fetched).
 */
export function mergeById<T>(existing: readonly T[], incoming: readonly T[], idOf: (item: T) => string): T[] {
  const incomingById = new Map<string, T>();
  for (const item of incoming) incomingById.set(idOf(item), item);
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const item of existing) {
    const id = idOf(item);
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(incomingById.get(id) ?? item);
  }
  for (const [id, item] of incomingById) {
    if (!seen.has(id)) merged.push(item);
  }
  return merged;
}

/**
 * Posts merged by id and kept oldest first (a live post can arrive before the page
 * that precedes it is loaded). The sort is stable: equal times keep their order.
 */
export function mergePosts<T>(
  existing: readonly T[],
  incoming: readonly T[],
  idOf: (item: T) => string,
  createdAtOf: (item: T) => string,
): T[] {
  const time = (item: T) => Date.parse(createdAtOf(item)) || 0;
  return mergeById(existing, incoming, idOf).sort((a, b) => time(a) - time(b));
}
