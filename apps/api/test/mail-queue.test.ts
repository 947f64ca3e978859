import type { Client } from 'pg';
import { connect, queueStarted } from './support/db';
import { createMembers } from './support/fixtures';
import { gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { TestSmtpServer, until } from './support/smtp';

// Port from the range this machine reserves for test servers (4200–4299).
const smtp = new TestSmtpServer(4231);
let platform: TestPlatform;
let url: string;
let db: Client;

beforeAll(async () => {
  platform = await startPlatform('demo', {
    SMTP_URL: smtp.url,
    SMTP_TIMEOUT_SECONDS: '2',
    MAIL_RETRY_DELAY_SECONDS: '1',
    MAIL_RETRY_LIMIT: '20',
    JOB_SCHEDULES: 'true',
  });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  // What is timed below is whether mutations wait for SMTP, not for the queue's start a moment after the API's.
  await queueStarted(db);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
  await smtp.down();
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

const jobs = async (name: string) =>
  (await db.query<{ state: string; retry_count: number }>('select state, retry_count from pgboss.job where name = $1', [name])).rows;

describe('mail through the job queue', () => {
  it('SMTP down, then slow, then up: mutations answer at once and succeed, each mail arrives exactly once', async () => {
    const author = bearer((await login(url, 'member@demo.test')).token);
    const [mentioned] = await createMembers(db, 1);
    const mentionedEmail = `lid-${mentioned.userId}@example.test`;
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const thread = await gql(
      url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Wachtrij', body: 'Start', themeId } },
      author,
    );
    const threadId = thread.data!['startThread'].id;

    // down: nothing listens on the SMTP port
    const post = await timed(() =>
      gql(
        url,
        `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
        { i: { threadId, body: `Vraag aan @[Lid](${mentioned.userId})` } },
        author,
      ),
    );
    expect(post.result.errors).toBeUndefined();
    expect(post.ms).toBeLessThan(1000);
    const reset = await timed(() => gql(url, `mutation { requestPasswordReset(email: "member2@demo.test") }`));
    expect(reset.result.data).toEqual({ requestPasswordReset: true });
    expect(reset.ms).toBeLessThan(1000);
    // the notification's mail job was committed with it, and is being retried
    await until(async () => (await jobs('notification-mail')).some((job) => job.retry_count >= 1), 15_000, 'een nieuwe poging');

    // slow: the server greets only after 5 s, beyond the 2 s SMTP timeout
    await smtp.up(5_000);
    const seen = smtp.connections;
    const slowReset = await timed(() => gql(url, `mutation { requestPasswordReset(email: "facilitator@demo.test") }`));
    expect(slowReset.result.data).toEqual({ requestPasswordReset: true });
    expect(slowReset.ms).toBeLessThan(1000);
    await until(() => smtp.connections > seen, 15_000, 'een poging bij de trage server');
    expect(smtp.received).toHaveLength(0);

    // up: everything waiting arrives, once
    smtp.slowMs = 0;
    await until(() => smtp.received.length >= 3, 40_000, 'drie mails');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(smtp.mailsTo(mentionedEmail)).toHaveLength(1);
    expect(smtp.mailsTo(mentionedEmail)[0].raw).toContain('vermeldde je in');
    expect(smtp.mailsTo('member2@demo.test')).toHaveLength(1);
    expect(smtp.mailsTo('facilitator@demo.test')).toHaveLength(1);
    expect(smtp.received).toHaveLength(3);
    const { rows } = await db.query('select emailed_at from notification where user_id = $1', [mentioned.userId]);
    expect(rows[0].emailed_at).not.toBeNull();
    // the reset link was made by the job that sent it: one token per mail, none for the failed attempts
    const resetMail = smtp.mailsTo('member2@demo.test')[0].raw.replace(/=\r\n/g, '');
    expect(resetMail).toMatch(/wachtwoord-herstellen\?token=(3D)?reset_/);
    expect(
      (await db.query(`select count(*)::int as n from one_time_token where purpose = 'PASSWORD_RESET' and used_at is null`)).rows[0].n,
    ).toBe(2);
  }, 90_000);

  it('the scheduled jobs are schedules of the same queue: one run per slot across replicas', async () => {
    const { rows } = await db.query('select name, cron, timezone from pgboss.schedule order by name');
    expect(rows).toEqual([
      { name: 'files-cleanup', cron: '17 * * * *', timezone: 'Europe/Brussels' },
      { name: 'notification-digest-daily', cron: '0 7 * * *', timezone: 'Europe/Brussels' },
      { name: 'notification-digest-weekly', cron: '0 7 * * 1', timezone: 'Europe/Brussels' },
      { name: 'notification-mail-recovery', cron: '* * * * *', timezone: 'Europe/Brussels' },
      { name: 'report-reminders', cron: '0 * * * *', timezone: 'Europe/Brussels' },
      { name: 'retention-purge', cron: '30 3 * * *', timezone: 'Europe/Brussels' },
    ]);
  });
});
