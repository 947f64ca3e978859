import { createHash, randomBytes } from 'node:crypto';
import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { collect, gql, settle, wsClient } from './support/graphql';
import { tempOutbox } from './support/outbox';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// A socket is authenticated once, at connect time; these tests show it does not outlive its session.
let platform: TestPlatform;
let url: string;
let db: Client;
let author: { token: string };
let threadId: string;
const clients: WsClient[] = [];
const outbox = tempOutbox();

const POST_ADDED = `subscription($t: ID!) { postAdded(threadId: $t) { id body } }`;
const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;

/** A socket for `token` that records how it was closed. */
function socketFor(token: string): { client: WsClient; closed: Promise<number> } {
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = wsClient(platform.api.wsUrl, { authorization: `Bearer ${token}` });
  client.on('closed', (event) => closedWith((event as { code: number }).code));
  clients.push(client);
  return { client, closed };
}

const post = (body: string) => gql(url, ADD, { i: { threadId, body } }, bearer(author.token));

beforeAll(async () => {
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  author = await login(url, 'member@demo.test');
  const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Sessies', body: 'Start', themeId } },
    bearer(author.token),
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
});

describe('live sockets and the session they were opened with', () => {
  it('a logout closes that session’s sockets (code 4401) and nothing more arrives; other sessions keep receiving', async () => {
    const [leaving, staying] = await createMembers(db, 2);
    const leavingSocket = socketFor(leaving.token);
    const leavingLive = collect(leavingSocket.client, POST_ADDED, { t: threadId });
    const stayingLive = collect(socketFor(staying.token).client, POST_ADDED, { t: threadId });
    await settle();
    await post('Voor allebei');
    await leavingLive.waitFor(1);
    await stayingLive.waitFor(1);

    const logout = await gql(url, `mutation { logout }`, undefined, bearer(leaving.token));
    expect(logout.errors).toBeUndefined();
    expect(await leavingSocket.closed).toBe(4401);

    await post('Na het afmelden');
    await stayingLive.waitFor(2);
    await settle(300);
    expect(leavingLive.events.map((event) => event.postAdded.body)).toEqual(['Voor allebei']);
  });

  it('a socket closes when its session expires', async () => {
    const [expiring] = await createMembers(db, 1);
    await db.query(`update auth_session set expires_at = now() + interval '2 seconds' where user_id = $1`, [expiring.userId]);
    const socket = socketFor(expiring.token);
    const live = collect(socket.client, POST_ADDED, { t: threadId });
    await settle();
    await post('Nog binnen de sessie');
    await live.waitFor(1);

    expect(await socket.closed).toBe(4401);
    await post('Na het verlopen');
    await settle(500);
    expect(live.events.map((event) => event.postAdded.body)).toEqual(['Nog binnen de sessie']);
  });

  it('a password reset closes every socket of that person', async () => {
    const [person] = await createMembers(db, 1);
    const email = (await db.query('select email from app_user where id = $1', [person.userId])).rows[0].email as string;
    const secondToken = `ln_${randomBytes(32).toString('base64url')}`;
    await db.query(
      `insert into auth_session (id, user_id, token_hash, expires_at) values (gen_random_uuid(), $1, $2, now() + interval '1 day')`,
      [person.userId, createHash('sha256').update(secondToken).digest('hex')],
    );
    const sockets = [socketFor(person.token), socketFor(secondToken)];
    for (const socket of sockets) collect(socket.client, POST_ADDED, { t: threadId });
    await settle();

    await gql(url, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    const resetToken = decodeURIComponent(/token=([^\s]+)/.exec((await outbox.waitFor(email))[0].text)![1]);
    const reset = await gql(url, `mutation($t: String!) { resetPassword(input: { token: $t, password: "een-nieuw-wachtwoord" }) }`, {
      t: resetToken,
    });
    expect(reset.data).toEqual({ resetPassword: true });
    expect(await Promise.all(sockets.map((socket) => socket.closed))).toEqual([4401, 4401]);
  });
});
