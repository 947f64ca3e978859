import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers, resetSqlCount, sqlCount } from './support/fixtures';
import { codesOf, collect, gql, settle, untilLive, wsClient } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: { token: string; userId: string };
let threadId: string;
const clients: WsClient[] = [];

const POST_ADDED = `subscription($t: ID!) { postAdded(threadId: $t) { id body kind author { displayName memberships { organisation { name } } } reactions { count } thread { postCount } } }`;
const POST_CHANGED = `subscription($t: ID!) { postChanged(threadId: $t) { id version body reactions { reaction count } } }`;
const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id version } }`;

function socketFor(token?: string): WsClient {
  const client = wsClient(platform.api.wsUrl, token ? { authorization: `Bearer ${token}` } : undefined);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  platform = await startPlatform('demo', { TEST_SQL_COUNTER: 'true' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = await login(url, 'member@demo.test');
  const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Live', body: 'Start', themeId } },
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
});

describe('postAdded and postChanged', () => {
  it('deliver a new post, an edit and a reaction to another member, live', async () => {
    const other = await login(url, 'member2@demo.test');
    const added = collect(socketFor(other.token), POST_ADDED, { t: threadId });
    const changed = collect(socketFor(other.token), POST_CHANGED, { t: threadId });
    const [addedSeen, changedSeen] = await untilLive([added, changed], async (attempt) => {
      const warm = (await gql(url, ADD, { i: { threadId, body: `Opwarmen ${attempt}` } }, bearer(member.token))).data!['addPost'];
      await gql(url, `mutation($p: ID!) { toggleReaction(postId: $p, reaction: LIKE) { id } }`, { p: warm.id }, bearer(other.token));
    });
    const post = (await gql(url, ADD, { i: { threadId, body: 'Live **bijdrage**', kind: 'BOTTLENECK' } }, bearer(member.token))).data![
      'addPost'
    ];
    const event = (await added.waitFor(addedSeen + 1))[addedSeen];
    expect(event.postAdded).toMatchObject({
      id: post.id,
      body: 'Live **bijdrage**',
      kind: 'BOTTLENECK',
      author: { displayName: 'Demo Lid' },
    });
    await gql(
      url,
      `mutation($i: EditPostInput!) { editPost(input: $i) { id } }`,
      { i: { postId: post.id, body: 'Bewerkt', expectedVersion: 1 } },
      bearer(member.token),
    );
    await gql(url, `mutation($p: ID!) { toggleReaction(postId: $p, reaction: LIKE) { id } }`, { p: post.id }, bearer(other.token));
    const events = (await changed.waitFor(changedSeen + 2)).slice(changedSeen);
    expect(events[0].postChanged).toMatchObject({ id: post.id, version: 2, body: 'Bewerkt' });
    expect(events[1].postChanged.reactions).toEqual([{ reaction: 'LIKE', count: 1 }]);
  });

  it('refuse anonymous and non-member subscribers when subscribing', async () => {
    const anonymous = collect(socketFor(), POST_ADDED, { t: threadId });
    const registered = await registerPerson(url, 'geen-lid-live@example.test');
    const outsider = collect(socketFor(registered.token), POST_ADDED, { t: threadId });
    await settle(500);
    expect(codesOf({ errors: anonymous.errors as any })).toEqual(['UNAUTHENTICATED']);
    expect(codesOf({ errors: outsider.errors as any })).toEqual(['FORBIDDEN']);
  });

  it('stop reaching a member whose membership is removed, while others keep receiving', async () => {
    const [leaving, staying] = await createMembers(db, 2);
    const leavingLive = collect(socketFor(leaving.token), POST_ADDED, { t: threadId });
    const stayingLive = collect(socketFor(staying.token), POST_ADDED, { t: threadId });
    const [leavingSeen, stayingSeen] = await untilLive([leavingLive, stayingLive], (attempt) =>
      gql(url, ADD, { i: { threadId, body: `Voor allebei ${attempt}` } }, bearer(member.token)),
    );

    await db.query('delete from membership where user_id = $1', [leaving.userId]);
    await gql(url, ADD, { i: { threadId, body: 'Niet meer voor wie vertrok' } }, bearer(member.token));
    await stayingLive.waitFor(stayingSeen + 1);
    await settle(500);
    expect(leavingLive.events).toHaveLength(leavingSeen);
  });

  it('cost the same number of SQL statements per event for 1 and for 50 subscribers', async () => {
    const measure = async (subscribers: number) => {
      const people = await createMembers(db, subscribers);
      const live = people.map((person) => collect(socketFor(person.token), POST_ADDED, { t: threadId }));
      // graphql-ws does not acknowledge a subscription: a warm-up post that every subscriber receives proves they are all live.
      await settle(300);
      let warm = false;
      for (let attempt = 0; attempt < 20 && !warm; attempt += 1) {
        await gql(url, ADD, { i: { threadId, body: `Opwarmen ${attempt}` } }, bearer(member.token));
        await settle(250);
        warm = live.every((l) => l.events.length > 0);
      }
      await settle(300);
      const seen = live.map((l) => l.events.length);
      await resetSqlCount(url);
      await gql(url, ADD, { i: { threadId, body: `Voor ${subscribers}` } }, bearer(member.token));
      await Promise.all(live.map((l, i) => l.waitFor(seen[i] + 1, 20_000)));
      await settle(200);
      const count = await sqlCount(url);
      live.forEach((l) => l.dispose());
      return count;
    };
    const one = await measure(1);
    const fifty = await measure(50);
    expect(fifty).toBe(one);
  }, 60_000);
});

describe('notificationAdded', () => {
  it('delivers the viewer’s own notifications live, and nobody else’s', async () => {
    const [mentioned, bystander] = await createMembers(db, 2);
    const mine = collect(socketFor(mentioned.token), `subscription { notificationAdded { kind subject link } }`);
    const theirs = collect(socketFor(bystander.token), `subscription { notificationAdded { kind } }`);
    await settle();
    await gql(url, ADD, { i: { threadId, body: `Wat denk jij, @[Lid](${mentioned.userId})?` } }, bearer(member.token));
    const [event] = await mine.waitFor(1);
    expect(event.notificationAdded).toMatchObject({ kind: 'MENTION', subject: 'Demo Lid vermeldde je in „Live”.' });
    await settle(300);
    expect(theirs.events).toHaveLength(0);
  });
});

describe('per-connection limits', () => {
  it('refuse more than 50 subscriptions on one connection', async () => {
    const client = socketFor(member.token);
    const subscriptions = Array.from({ length: 51 }, () => collect(client, POST_ADDED, { t: threadId }));
    await settle(1_000);
    const refused = subscriptions.filter((s) => s.errors.length > 0);
    expect(refused).toHaveLength(1);
    expect(codesOf({ errors: refused[0].errors as any })).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
