import type { Client } from 'pg';
import { startApiProcess } from '../testing/api-process';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { tempOutbox } from './support/outbox';

// A post is one statement; its notifications' mail jobs are queued right after the commit. A process that dies in
// between leaves notifications without a job: the recovery job (at start and every minute) queues them.
let platform: TestPlatform;
let db: Client;
const outbox = tempOutbox();

beforeAll(async () => {
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const emailOf = async (userId: string) => (await db.query('select email from app_user where id = $1', [userId])).rows[0].email as string;

describe('notification mail after a post', () => {
  it('queues the mail job of a mention after the post and marks the notification queued', async () => {
    const { url } = platform.api;
    const author = bearer((await login(url, 'member@demo.test')).token);
    const [mentioned] = await createMembers(db, 1);
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const thread = await gql(
      url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Herstel', body: 'Start', themeId } },
      author,
    );
    const threadId = thread.data!['startThread'].id;
    const post = await gql(
      url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
      { i: { threadId, body: `Vraag aan @[Lid](${mentioned.userId})` } },
      author,
    );
    expect(post.errors).toBeUndefined();

    expect((await outbox.waitFor(await emailOf(mentioned.userId))).map((mail) => mail.subject)).toEqual([
      'Lerend Netwerk: Demo Lid vermeldde je in „Herstel”.',
    ]);
    const { rows } = await db.query('select mail_queued_at from notification where user_id = $1', [mentioned.userId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].mail_queued_at).not.toBeNull();
  });

  it('a notification whose job was lost in a crash is mailed once by the next process to start', async () => {
    const [person] = await createMembers(db, 1);
    // What a crash between the post's commit and the queueing of its jobs leaves behind.
    await db.query(
      `insert into notification (id, user_id, kind, subject, link, created_at)
       values (gen_random_uuid(), $1, 'MENTION', 'Je werd vermeld in “Crash”.', '/discussies/x', now() - interval '5 minutes')`,
      [person.userId],
    );
    const second = await startApiProcess(platform.databaseUrl, { OUTBOX_DIR: outbox.dir });
    try {
      const mails = await outbox.waitFor(await emailOf(person.userId), 1, 20_000);
      expect(mails.map((mail) => mail.subject)).toEqual(['Lerend Netwerk: Je werd vermeld in “Crash”.']);
      const { rows } = await db.query('select mail_queued_at, emailed_at from notification where user_id = $1', [person.userId]);
      expect(rows[0].mail_queued_at).not.toBeNull();
      expect(rows[0].emailed_at).not.toBeNull();
      // Both processes ran the recovery at their start: still one mail.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(outbox.mails(await emailOf(person.userId))).toHaveLength(1);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
