import type { Client } from 'pg';
import WebSocket from 'ws';
import { connect } from './support/db';
import { gql, settle } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// Issue #11: SIGTERM stops accepting, lets requests in flight finish, closes sockets with 1001 and exits 0.
let platform: TestPlatform;
let db: Client;

const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;

function openSocket(url: string): Promise<{ closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const closed = new Promise<number>((resolveClose) => socket.once('close', (code) => resolveClose(code)));
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.once('message', () => resolve({ closed })); // connection_ack
  });
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 400 && !(await condition()); attempt += 1) await settle(50);
}

beforeAll(async () => {
  platform = await startPlatform('demo', {
    DATABASE_LOCK_TIMEOUT_MS: '10000',
    DATABASE_ACQUIRE_TIMEOUT_MS: '10000',
    SHUTDOWN_GRACE_SECONDS: '10',
    DATABASE_POOL_MAX: '40',
  });
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('SIGTERM', () => {
  it('answers the 30 addPost requests in flight, closes WebSockets with 1001 and exits 0', async () => {
    const { url, wsUrl, process: child } = platform.api;
    const token = (await login(url, 'member@demo.test')).token;
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const threadId = (
      await gql(
        url,
        `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
        { i: { title: 'Uitrol', body: 'Start', themeId } },
        bearer(token),
      )
    ).data!['startThread'].id;
    const sockets = await Promise.all([openSocket(wsUrl), openSocket(wsUrl)]);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    // The lock keeps all 30 in flight (waiting for it) when SIGTERM arrives.
    const holder = await connect(platform.databaseUrl);
    await holder.query('begin');
    await holder.query('lock table post in exclusive mode');
    const adds = Array.from({ length: 30 }, (_, i) => gql(url, ADD, { i: { threadId, body: `Tijdens de uitrol ${i}` } }, bearer(token)));
    // All 30 are in flight once all 30 wait for the lock in PostgreSQL (the pool has room for them: DATABASE_POOL_MAX).
    await waitFor(
      async () =>
        (await db.query(`select count(*)::int as n from pg_locks where not granted and relation = 'post'::regclass`)).rows[0].n >= 30,
    );
    child.kill('SIGTERM');
    await settle(500);
    await holder.query('commit');
    await holder.end();

    const answers = await Promise.all(adds);
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
    expect(answers.filter((answer) => answer.errors || !answer.data?.['addPost']?.id)).toEqual([]);
    expect(await exited).toBe(0);
    expect(await Promise.all(sockets.map((socket) => socket.closed))).toEqual([1001, 1001]);
    const stored = await db.query('select count(*)::int as n from post where thread_id = $1', [threadId]);
    expect(stored.rows[0].n).toBe(31);
  });
});
