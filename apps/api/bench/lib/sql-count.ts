// The platform under TEST_SQL_COUNTER=true counts every SQL statement MikroORM sends (common/testing); the baseline
// servers count theirs and answer the same two routes.

export async function resetSqlCount(baseUrl: string): Promise<void> {
  const res = await fetch(`${baseUrl}/__test/sql-count/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`${baseUrl}/__test/sql-count/reset answered ${res.status}`);
  await res.arrayBuffer();
}

export async function readSqlCount(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/__test/sql-count`);
  if (!res.ok) throw new Error(`${baseUrl}/__test/sql-count answered ${res.status}`);
  return ((await res.json()) as { count: number }).count;
}

/** SQL statements per call of `request`, averaged over `times` calls made one after another (after one uncounted). */
export async function sqlPerRequest(baseUrl: string, times: number, request: (i: number) => Promise<void>): Promise<number> {
  await request(-1);
  await resetSqlCount(baseUrl);
  for (let i = 0; i < times; i += 1) await request(i);
  return (await readSqlCount(baseUrl)) / times;
}
