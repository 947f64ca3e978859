import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApiProcess } from '../testing/api-process';
import { createDatabaseFromTemplate, dropDatabase } from '../testing/test-database';
import { prepareTemplates, startTestPostgres } from '../testing/test-postgres';

// Live fan-out: what one new post costs the server for 1 subscriber (the baseline) and for many, in one run.
// Reported per post: SQL statements, and the time until every subscriber has it; as ratios to the baseline.

const SIZES = (process.env['BENCH_SUBSCRIBERS'] ?? '1,100,400').split(',').map(Number);
const POSTS = Number(process.env['BENCH_POSTS'] ?? 15);

async function members(db: Client, count: number): Promise<string[]> {
  const organisation = (await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).rows[0].id;
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = randomUUID();
    const token = `ln_${randomBytes(32).toString('base64url')}`;
    await db.query(`insert into app_user (id, email, display_name, password_hash) values ($1, $2, $3, 'x')`, [id, `bench-${id}@example.test`, `Bench ${i}`]);
    await db.query(`insert into membership (id, user_id, organisation_id) values (gen_random_uuid(), $1, $2)`, [id, organisation]);
    await db.query(`insert into auth_session (id, user_id, token_hash, expires_at) values (gen_random_uuid(), $1, $2, now() + interval '1 day')`, [id, createHash('sha256').update(token).digest('hex')]);
    tokens.push(token);
  }
  return tokens;
}

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const postgres = await startTestPostgres();
  await prepareTemplates(postgres.serverUrl);
  const databaseUrl = await createDatabaseFromTemplate(postgres.serverUrl, 'demo');
  const api = await startApiProcess(databaseUrl, { TEST_SQL_COUNTER: 'true', LOG_LEVEL: 'error' });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const results: Array<{ size: number; sql: number; ms: number }> = [];
  try {
    const [author] = await members(db, 1);
    const theme = (await db.query('select id from theme limit 1')).rows[0].id;
    const thread = (await graphql(api.url, author, `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, { i: { title: 'Bench', body: 'Start', themeId: theme } })).startThread.id;
    const query = `subscription($t: ID!) { postAdded(threadId: $t) { id body author { displayName memberships { organisation { name } } } reactions { count } } }`;
    for (const size of SIZES) {
      const tokens = await members(db, size);
      let received = 0;
      let waiting: (() => void) | null = null;
      const clients: WsClient[] = tokens.map((token) =>
        createClient({ url: api.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 }),
      );
      clients.forEach((client) =>
        client.subscribe({ query, variables: { t: thread } }, { next: () => { received += 1; if (received >= size) waiting?.(); }, error: (e) => console.error(e), complete: () => undefined }),
      );
      await new Promise((r) => setTimeout(r, 500 + size * 5));
      const sql: number[] = [];
      const ms: number[] = [];
      for (let i = 0; i < POSTS; i += 1) {
        received = 0;
        const all = new Promise<void>((resolve) => (waiting = resolve));
        await fetch(`${api.url}/__test/sql-count/reset`, { method: 'POST' });
        const started = performance.now();
        await graphql(api.url, author, `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`, { i: { threadId: thread, body: `Bijdrage ${i}` } });
        await all;
        ms.push(performance.now() - started);
        sql.push(((await (await fetch(`${api.url}/__test/sql-count`)).json()) as { count: number }).count);
      }
      await Promise.all(clients.map((client) => client.dispose()));
      results.push({ size, sql: median(sql), ms: median(ms) });
    }
  } finally {
    await db.end();
    await api.stop();
    await dropDatabase(databaseUrl);
    await postgres.stop();
  }
  const [baseline] = results;
  console.log(`\nLive fan-out of one new post (median of ${POSTS} posts; baseline = ${baseline.size} subscriber)`);
  console.log('subscribers | SQL statements | ratio | ms until all have it | ratio | ms per subscriber');
  for (const row of results) {
    console.log(
      `${String(row.size).padStart(11)} | ${String(row.sql).padStart(14)} | ${(row.sql / baseline.sql).toFixed(2).padStart(5)} | ` +
        `${row.ms.toFixed(1).padStart(20)} | ${(row.ms / baseline.ms).toFixed(2).padStart(5)} | ${(row.ms / row.size).toFixed(2)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
