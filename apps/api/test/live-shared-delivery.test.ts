import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { collect, gql, settle, untilLive, wsClient } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// Live events are executed once per group of subscribers that would see the same thing, and sent as the same bytes.
// These tests pin down that sharing never shows one viewer what only another may see, and never reorders events.

let platform: TestPlatform;
let url: string;
let db: Client;
let author: { token: string; userId: string };
let facilitator: { token: string; userId: string };
let threadId: string;
const clients: WsClient[] = [];

const CHANGED = `subscription($t: ID!) { postChanged(threadId: $t) { id body hiddenReason reactions { reaction count viewerReacted } } }`;
const ADDED = `subscription($t: ID!) { postAdded(threadId: $t) { id body } }`;
const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;

function socketFor(token: string): WsClient {
  const client = wsClient(platform.api.wsUrl, { authorization: `Bearer ${token}` });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  author = await login(url, 'member@demo.test');
  facilitator = await login(url, 'facilitator@demo.test');
  const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Gedeeld', body: 'Start', themeId } },
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

describe('shared live delivery', () => {
  it('shows a hidden post to its author and facilitators only, and "viewerReacted" to the one who reacted', async () => {
    const [reactor, bystander] = await createMembers(db, 2);
    const views = {
      author: collect(socketFor(author.token), CHANGED, { t: threadId }),
      facilitator: collect(socketFor(facilitator.token), CHANGED, { t: threadId }),
      reactor: collect(socketFor(reactor.token), CHANGED, { t: threadId }),
      bystander: collect(socketFor(bystander.token), CHANGED, { t: threadId }),
    };
    await settle();
    const post = (await gql(url, ADD, { i: { threadId, body: 'Gevoelige tekst' } }, bearer(author.token))).data!['addPost'];
    await gql(url, `mutation($p: ID!) { toggleReaction(postId: $p, reaction: LIKE) { id } }`, { p: post.id }, bearer(reactor.token));
    await gql(
      url,
      `mutation($p: ID!) { hidePost(postId: $p, reason: "Persoonsgegevens") { id } }`,
      { p: post.id },
      bearer(facilitator.token),
    );

    const [authorReaction, authorHidden] = (await views.author.waitFor(2)).map((e) => e.postChanged);
    const [, facilitatorHidden] = (await views.facilitator.waitFor(2)).map((e) => e.postChanged);
    const [reactorReaction, reactorHidden] = (await views.reactor.waitFor(2)).map((e) => e.postChanged);
    const [bystanderReaction, bystanderHidden] = (await views.bystander.waitFor(2)).map((e) => e.postChanged);

    expect(reactorReaction.reactions).toEqual([{ reaction: 'LIKE', count: 1, viewerReacted: true }]);
    expect(authorReaction.reactions).toEqual([{ reaction: 'LIKE', count: 1, viewerReacted: false }]);
    expect(bystanderReaction.reactions).toEqual([{ reaction: 'LIKE', count: 1, viewerReacted: false }]);

    expect(authorHidden).toMatchObject({ body: 'Gevoelige tekst', hiddenReason: 'Persoonsgegevens' });
    expect(facilitatorHidden).toMatchObject({ body: 'Gevoelige tekst', hiddenReason: 'Persoonsgegevens' });
    expect(reactorHidden).toMatchObject({ body: null, hiddenReason: 'Persoonsgegevens' });
    expect(bystanderHidden).toMatchObject({ body: null, hiddenReason: 'Persoonsgegevens' });
  });

  it('delivers a burst of posts to many subscribers complete and in order', async () => {
    const members = await createMembers(db, 30);
    const live = members.map((m) => collect(socketFor(m.token), ADDED, { t: threadId }));
    const before = await untilLive(live, (attempt) =>
      gql(url, ADD, { i: { threadId, body: `Opwarmen ${attempt}` } }, bearer(author.token)),
    );
    const sent: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      sent.push((await gql(url, ADD, { i: { threadId, body: `Reeks ${i}` } }, bearer(author.token))).data!['addPost'].id);
    }
    for (const [index, subscription] of live.entries()) {
      const events = await subscription.waitFor(before[index] + 20);
      expect(events.slice(before[index]).map((e) => e.postAdded.id)).toEqual(sent);
    }
  });
});
