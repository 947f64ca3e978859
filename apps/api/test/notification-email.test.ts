import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { codesOf, gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { settleQueue, tempOutbox } from './support/outbox';

let platform: TestPlatform;
let url: string;
let db: Client;
const outbox = tempOutbox();

beforeAll(async () => {
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const mailsTo = (address: string) => outbox.mails(address);

describe('notification e-mail preferences', () => {
  it('mail mentions at once, collect followed-thread activity in a daily digest, and honour "none"', async () => {
    const author = bearer((await login(url, 'member@demo.test')).token);
    const [follower] = await createMembers(db, 1);
    const followerEmail = (await db.query('select email from app_user where id = $1', [follower.userId])).rows[0].email;
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const thread = await gql(
      url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Digest', body: 'Start', themeId } },
      author,
    );
    const threadId = thread.data!['startThread'].id;
    await gql(url, `mutation($t: ID!) { followThread(threadId: $t) { id } }`, { t: threadId }, bearer(follower.token));

    const add = (body: string) => gql(url, `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`, { i: { threadId, body } }, author);
    await add('Eerste nieuwtje');
    await add('Tweede nieuwtje');
    expect(mailsTo(followerEmail)).toHaveLength(0);

    await add(`Vraag aan @[Volger](${follower.userId})`);
    // mail goes out through the job queue, in order: by the time the mention is mailed, the other two wait for the digest
    expect((await outbox.waitFor(followerEmail)).map((m) => m.subject)).toEqual(['Lerend Netwerk: Demo Lid vermeldde je in „Digest”.']);

    const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
    const digest = `mutation($a: DateTime!) { runNotificationDigests(frequency: DAILY, asOf: $a) }`;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(codesOf(await gql(url, digest, { a: tomorrow }, bearer(follower.token)))).toEqual(['FORBIDDEN']);
    expect((await gql(url, digest, { a: tomorrow }, facilitator)).data).toEqual({ runNotificationDigests: 1 });
    const daily = (await outbox.waitFor(followerEmail, 2)).find((m) => /dagelijks overzicht/.test(m.subject))!;
    expect(daily.subject).toBe('Lerend Netwerk: 2 nieuwe meldingen (dagelijks overzicht)');
    expect(daily.text).toContain(`/discussies/${threadId}`);
    expect((await gql(url, digest, { a: tomorrow }, facilitator)).data).toEqual({ runNotificationDigests: 0 });

    const prefs = await gql(
      url,
      `mutation { setNotificationPreference(kind: "MENTION", email: NONE) { kind email } }`,
      undefined,
      bearer(follower.token),
    );
    expect(prefs.data!['setNotificationPreference']).toContainEqual({ kind: 'MENTION', email: 'NONE' });
    await add(`Nog eens @[Volger](${follower.userId})`);
    await settleQueue();
    expect(mailsTo(followerEmail)).toHaveLength(2);
    const bell = await gql(url, `{ unreadNotificationCount }`, undefined, bearer(follower.token));
    expect(bell.data!['unreadNotificationCount']).toBe(4);
  });
});
