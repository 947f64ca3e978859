import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client } from 'pg';
import { startApiProcess, type ApiProcess } from '../testing/api-process';
import { dropDatabase, createDatabaseFromTemplate } from '../testing/test-database';
import { connect } from './support/db';
import { gql, settle } from './support/graphql';
import { bearer, login } from './support/personas';
import { testServerUrl } from './support/platform';

// Issue #11: N live clients across a restart of the API (SIGTERM, start again on the same port): every client
// reconnects with graphql-ws's backoff, misses nothing after catching up by cursor, and memory returns to its level.
const CLIENTS = Number(process.env['RESTART_TEST_CLIENTS'] ?? 200);
let databaseUrl: string;
let api: ApiProcess;
let db: Client;
let child: ChildProcess | undefined;

const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
}

function ask<T>(process: ChildProcess, message: object): Promise<T> {
  return new Promise((resolveAnswer) => {
    process.once('message', (answer) => resolveAnswer(answer as T));
    process.send(message);
  });
}

interface Missing {
  missing: number;
  reconnected: number;
  maxReconnectMs: number;
  medianReconnectMs: number;
  catchUpRetries: number;
}

beforeAll(async () => {
  databaseUrl = await createDatabaseFromTemplate(testServerUrl(), 'demo');
  api = await startApiProcess(databaseUrl, { LOGIN_IP_MAX_ATTEMPTS: '1000' });
  db = await connect(databaseUrl);
});
afterAll(async () => {
  if (child?.connected) child.send({ type: 'stop' });
  await settle(500);
  child?.kill();
  await db?.end();
  await api?.stop();
  await dropDatabase(databaseUrl);
});

describe(`${CLIENTS} live clients across a restart`, () => {
  it('all reconnect, miss nothing after catching up, and memory returns to its level', async () => {
    const { token } = await login(api.url, 'member@demo.test');
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const threadId = (
      await gql(
        api.url,
        `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
        { i: { title: 'Herstart', body: 'Start', themeId } },
        bearer(token),
      )
    ).data!['startThread'].id;
    const addPost = async (body: string) =>
      (await gql(api.url, ADD, { i: { threadId, body } }, bearer(token))).data!['addPost'].id as string;

    child = fork(resolve(__dirname, 'support', 'restart-clients.js'), [], {
      env: { ...process.env, URL: api.url, WS_URL: api.wsUrl, TOKEN: token, THREAD_ID: threadId, CLIENTS: String(CLIENTS) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const connectedAt = performance.now();
    await new Promise((resolveReady) => child!.once('message', resolveReady));
    const connectMs = Math.round(performance.now() - connectedAt);
    await settle(1_000);
    const ids = [await addPost('Voor de herstart 1'), await addPost('Voor de herstart 2')];
    await settle(1_000);
    expect((await ask<Missing>(child, { type: 'missing', ids })).missing).toBe(0);
    const rssBefore = rssMiB(api.process.pid!);

    const restartedAt = performance.now();
    await api.stop();
    api = await startApiProcess(databaseUrl, { LOGIN_IP_MAX_ATTEMPTS: '1000' }, api.port);
    // Posted at once, before most clients are back: they get these only by catching up.
    ids.push(await addPost('Meteen na de herstart'));
    let answer = await ask<Missing>(child, { type: 'missing', ids });
    const deadline = Date.now() + 60_000;
    while (answer.reconnected < CLIENTS && Date.now() < deadline) {
      await settle(500);
      answer = await ask<Missing>(child, { type: 'missing', ids });
    }
    const allBackMs = Math.round(performance.now() - restartedAt);
    expect(answer.reconnected).toBe(CLIENTS);
    await settle(1_000);
    ids.push(await addPost('Live na de herstart'));
    await settle(2_000);
    answer = await ask<Missing>(child, { type: 'missing', ids });
    const rssAfter = rssMiB(api.process.pid!);

    console.log(
      [
        `${CLIENTS} clients: connected in ${connectMs} ms`,
        `restart → all reconnected in ${allBackMs} ms (per client: median ${answer.medianReconnectMs} ms, max ${answer.maxReconnectMs} ms)`,
        `clients missing an event after catch-up: ${answer.missing} (catch-up requests retried: ${answer.catchUpRetries})`,
        `API RSS with ${CLIENTS} clients: before restart ${rssBefore} MiB, after ${rssAfter} MiB`,
      ].join('\n'),
    );
    expect(answer.missing).toBe(0);
    expect(rssAfter).toBeLessThan(rssBefore * 1.3);
  }, 180_000);
});
