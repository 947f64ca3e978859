import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, collect, gql, settle, wsClient } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { TestRedis } from './support/redis';

// Issue #11: with REDIS_URL set and Redis stopped, mutations, logout and /health still answer within a second;
// live delivery resumes by itself once Redis is back.
const redis = new TestRedis(4351);
let platform: TestPlatform;
let db: Client;
let threadId: string;
const clients: WsClient[] = [];

const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;
const POST_ADDED = `subscription($t: ID!) { postAdded(threadId: $t) { id body } }`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`niet binnen ${timeoutMs} ms`);
    await settle(100);
  }
}

beforeAll(async () => {
  await redis.start();
  platform = await startPlatform('demo', { REDIS_URL: redis.url });
  db = await connect(platform.databaseUrl);
  const member = await login(platform.api.url, 'member@demo.test');
  const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
  const res = await gql(
    platform.api.url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Redis weg', body: 'Start', themeId } },
    bearer(member.token),
  );
  threadId = res.data!['startThread'].id;
});
afterAll(async () => {
  await Promise.all(
    clients.map(async (client) => {
      await client.dispose();
    }),
  );
  await db?.end();
  await platform?.stop();
  await redis.stop();
});

describe('Redis down', () => {
  it('lets addPost, logout and /health answer within a second, and delivers live again once Redis is back', async () => {
    const url = platform.api.url;
    const member = await login(url, 'member@demo.test');
    const leaving = await login(url, 'member@demo.test');
    const other = await login(url, 'member2@demo.test');
    const socket = wsClient(platform.api.wsUrl, { authorization: `Bearer ${other.token}` });
    clients.push(socket);
    const live = collect(socket, POST_ADDED, { t: threadId });
    expect((await gql(url, '{ viewer { id } }', undefined, bearer(leaving.token))).data).toEqual({ viewer: { id: leaving.userId } });
    await settle(500);

    await redis.stop();
    await settle(300);

    const added = await timed(() => gql(url, ADD, { i: { threadId, body: 'Terwijl Redis weg is' } }, bearer(member.token)));
    expect(added.result.errors).toBeUndefined();
    expect(added.ms).toBeLessThan(1_000);
    const stored = await db.query('select count(*)::int as n from post where id = $1', [added.result.data!['addPost'].id]);
    expect(stored.rows[0].n).toBe(1);

    const loggedOut = await timed(() => gql(url, 'mutation { logout }', undefined, bearer(leaving.token)));
    expect(loggedOut.result.data).toEqual({ logout: true });
    expect(loggedOut.ms).toBeLessThan(1_000);
    // Without the pub/sub the session cache is not trusted: the revoked token stops at once on this instance too.
    const afterLogout = await gql(url, '{ viewer { id } }', undefined, bearer(leaving.token));
    expect(codesOf(afterLogout)).toEqual(['UNAUTHENTICATED']);

    const health = await timed(() => fetch(`${url}/health`));
    expect(health.ms).toBeLessThan(1_000);
    expect(health.result.status).toBe(503);
    const body = (await health.result.json()) as {
      error?: Record<string, { status: string }>;
      details: Record<string, { status: string }>;
    };
    expect(body.details['pubsub'].status).toBe('down');
    expect(body.details['database'].status).toBe('up');

    await redis.start();
    await waitUntil(async () => (await fetch(`${url}/health`)).ok, 10_000);
    await settle(300);
    const after = await gql(url, ADD, { i: { threadId, body: 'Redis is terug' } }, bearer(member.token));
    const events = await live.waitFor(1, 5_000);
    expect(events.map((event) => event.postAdded.body)).toContain('Redis is terug');
    expect(events.map((event) => event.postAdded.id)).toContain(after.data!['addPost'].id);
  });
});
