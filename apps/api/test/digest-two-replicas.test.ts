import type { Client } from 'pg';
import { startApiProcess, type ApiProcess } from '../testing/api-process';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { settleQueue, tempOutbox } from './support/outbox';

// Two replicas on one database: the daily digest is sent once per person, however often and wherever it runs.

let platform: TestPlatform;
let replica: ApiProcess;
let db: Client;
const outbox = tempOutbox();

beforeAll(async () => {
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  replica = await startApiProcess(platform.databaseUrl, { OUTBOX_DIR: outbox.dir });
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await db?.end();
  await replica?.stop();
  await platform?.stop();
});

describe('the notification digest with two replicas', () => {
  it('sends one digest per person when both replicas run it at the same time, ten times over', async () => {
    const author = bearer((await login(platform.api.url, 'member@demo.test')).token);
    const followers = await createMembers(db, 4);
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const thread = await gql(
      platform.api.url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Twee replica’s', body: 'Start', themeId } },
      author,
    );
    const threadId = thread.data!['startThread'].id as string;
    for (const follower of followers) {
      await gql(replica.url, `mutation($t: ID!) { followThread(threadId: $t) { id } }`, { t: threadId }, bearer(follower.token));
    }
    await gql(
      platform.api.url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
      { i: { threadId, body: 'Nieuws één' } },
      author,
    );
    await gql(replica.url, `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`, { i: { threadId, body: 'Nieuws twee' } }, author);
    // each notification's mail job decides "digest" for thread activity (the default); wait until all eight have
    for (let waited = 0; ; waited += 100) {
      const { rows } = await db.query(`select count(*)::int as n from notification where digest = 'DAILY' and user_id = any($1::uuid[])`, [
        followers.map((f) => f.userId),
      ]);
      if (rows[0].n === 8 || waited > 20_000) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const facilitator = bearer((await login(platform.api.url, 'facilitator@demo.test')).token);
    const digest = `mutation($a: DateTime!) { runNotificationDigests(frequency: DAILY, asOf: $a) }`;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) => gql(i % 2 ? replica.url : platform.api.url, digest, { a: tomorrow }, facilitator)),
    );
    const sent = runs.map((run) => run.data!['runNotificationDigests'] as number);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(followers.length);

    await settleQueue(3000);
    for (const follower of followers) {
      const email = (await db.query('select email from app_user where id = $1', [follower.userId])).rows[0].email;
      const digests = outbox.mails(email).filter((mail) => /dagelijks overzicht/.test(mail.subject));
      expect(digests.map((mail) => mail.subject)).toEqual(['Lerend Netwerk: 2 nieuwe meldingen (dagelijks overzicht)']);
    }
  });
});
