import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { tempOutbox, type TempOutbox } from './support/outbox';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let outbox: TempOutbox;
let admin: Record<string, string>;
let facilitator: Record<string, string>;
let themeId: string;
let organisationId: string;

const PASSWORD = 'vertrekken-is-niet-makkelijk';
const LEAVE = `mutation($p: String!, $posts: LeavingPosts!) { leaveNetwork(password: $p, posts: $posts) }`;
const PURGE = `mutation($asOf: DateTime) { runRetention(asOf: $asOf) { accounts } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { posts(first: 20) { nodes { body deletedAt author { displayName } } } } }`;

/** A member with a name and address found nowhere else in the database. */
async function newMember(label: string): Promise<{ userId: string; token: string; name: string; email: string }> {
  const unique = `${label}${Date.now().toString(36)}`;
  const name = `Zoë Vertrekker ${unique}`;
  const email = `vertrek-${unique.toLowerCase()}@example.test`;
  const res = await gql(url, `mutation($i: RegisterInput!) { register(input: $i) { token viewer { id } } }`, {
    i: { email, password: PASSWORD, displayName: name, organisationId },
  });
  const userId = res.data!['register'].viewer.id as string;
  const request = await db.query(`select id from membership_request where user_id = $1`, [userId]);
  await gql(url, `mutation($r: ID!) { approveMembership(requestId: $r) { id } }`, { r: request.rows[0].id }, facilitator);
  return { userId, token: res.data!['register'].token as string, name, email };
}

/** Every place in the database (every column of every table, the job queue's too) where `needle` still stands. */
async function placesHolding(needle: string): Promise<string[]> {
  const { rows } = await db.query(
    `select table_schema, table_name, column_name from information_schema.columns c
      where table_schema in ('public', 'pgboss') and data_type <> 'bytea'
        and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE')`,
  );
  const found: string[] = [];
  for (const { table_schema: schema, table_name: table, column_name: column } of rows) {
    const hit = await db.query(`select 1 from "${schema}"."${table}" where "${column}"::text ilike $1 limit 1`, [`%${needle}%`]);
    if (hit.rowCount) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

async function startThread(headers: Record<string, string>, title: string, body: string): Promise<{ threadId: string; postId: string }> {
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id posts(first: 1) { nodes { id } } } }`,
    { i: { title, body, themeId } },
    headers,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { threadId: res.data['startThread'].id, postId: res.data['startThread'].posts.nodes[0].id };
}

const asOf = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  outbox = tempOutbox();
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  admin = bearer((await login(url, 'admin@demo.test')).token);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  themeId = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id;
  organisationId = (await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).rows[0].id;
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('leaving the network', () => {
  it('asks for the password, signs out everywhere, and signing in within the grace period cancels it', async () => {
    const person = await newMember('A');
    const wrong = await gql(url, LEAVE, { p: 'niet-mijn-wachtwoord', posts: 'KEEP_ANONYMOUS' }, bearer(person.token));
    expect(codesOf(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(
      (await db.query('select deletion_requested_at from app_user where id = $1', [person.userId])).rows[0].deletion_requested_at,
    ).toBeNull();

    const left = await gql(url, LEAVE, { p: PASSWORD, posts: 'KEEP_ANONYMOUS' }, bearer(person.token));
    expect(codesOf(left)).toEqual([]);
    const purgeOn = new Date(left.data!['leaveNetwork'] as string);
    expect(Math.round((purgeOn.getTime() - Date.now()) / 86_400_000)).toBe(30);
    expect(codesOf(await gql(url, `{ viewer { id } }`, undefined, bearer(person.token)))).toEqual(['UNAUTHENTICATED']);
    const [mail] = await outbox.waitFor(person.email);
    expect(mail.subject).toBe('Je account wordt verwijderd — Lerend Netwerk');

    // Changed their mind: signing in keeps the account, and a purge later does not touch it.
    await login(url, person.email, PASSWORD);
    const { rows } = await db.query(`select action from audit_entry where person_id = $1 and action like 'ACCOUNT_%' order by at`, [
      person.userId,
    ]);
    expect(rows.map((row) => row.action)).toEqual(['ACCOUNT_DELETION_REQUESTED', 'ACCOUNT_DELETION_CANCELLED']);
    await gql(url, PURGE, { asOf: asOf(31) }, admin);
    expect((await db.query('select display_name, deleted_at from app_user where id = $1', [person.userId])).rows[0]).toEqual({
      display_name: person.name,
      deleted_at: null,
    });
  });

  it('after the grace period no column anywhere holds their name or address; their posts stay as “Voormalig lid”', async () => {
    const person = await newMember('B');
    const other = bearer((await login(url, 'member2@demo.test')).token);
    const mine = bearer(person.token);
    // Their data everywhere: a thread and posts, a mention and a reply by someone else, a registration, a theme
    // supported, a preference, a data export, a reset link, mail queued to them.
    const { threadId, postId } = await startThread(mine, 'Onthaal in kleine gemeenten', 'Mijn eerste vraag over onthaal.');
    await gql(
      url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
      { i: { threadId, replyToId: postId, body: `Goeie vraag @${person.name}!` } },
      other,
    );
    await gql(
      url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
      { i: { threadId, body: 'Dank je, ik antwoord later.' } },
      mine,
    );
    const meetingId = await planMeeting(url, facilitator);
    await gql(url, `mutation($m: ID!) { registerForMeeting(meetingId: $m) { id } }`, { m: meetingId }, mine);
    const supportBefore = (await db.query('select support_count from theme where id = $1', [themeId])).rows[0].support_count as number;
    await gql(url, `mutation($t: ID!) { supportTheme(themeId: $t) { id } }`, { t: themeId }, mine);
    await gql(url, `mutation { setNotificationPreference(kind: "MENTION", email: WEEKLY) { kind } }`, undefined, mine);
    await gql(url, `mutation { requestMyData { id } }`, undefined, mine);
    await gql(url, `mutation { requestPasswordReset(email: "${person.email}") }`);
    await outbox.waitFor(person.email);

    expect(codesOf(await gql(url, LEAVE, { p: PASSWORD, posts: 'KEEP_ANONYMOUS' }, mine))).toEqual([]);
    expect((await gql(url, PURGE, { asOf: asOf(29) }, admin)).data!['runRetention'].accounts).toBe(0);
    expect(await placesHolding(person.email)).not.toEqual([]);
    expect((await gql(url, PURGE, { asOf: asOf(31) }, admin)).data!['runRetention'].accounts).toBe(1);

    expect(await placesHolding(person.name)).toEqual([]);
    expect(await placesHolding(person.email)).toEqual([]);
    const posts = (await gql(url, THREAD, { id: threadId }, other)).data!['thread'].posts.nodes;
    expect(posts).toEqual([
      { body: 'Mijn eerste vraag over onthaal.', deletedAt: null, author: { displayName: 'Voormalig lid' } },
      { body: 'Goeie vraag @Voormalig lid!', deletedAt: null, author: { displayName: 'Demo Lid Noord-Limburg' } },
      { body: 'Dank je, ik antwoord later.', deletedAt: null, author: { displayName: 'Voormalig lid' } },
    ]);
    expect((await db.query('select support_count from theme where id = $1', [themeId])).rows[0].support_count).toBe(supportBefore);
    expect(codesOf(await gql(url, `mutation { login(email: "${person.email}", password: "${PASSWORD}") { token } }`))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const deleted = await db.query(`select actor_id, details from audit_entry where person_id = $1 and action = 'ACCOUNT_DELETED'`, [
      person.userId,
    ]);
    expect(deleted.rows).toEqual([{ actor_id: null, details: { posts: 'KEEP_ANONYMOUS' } }]);
  });

  it('someone who chose to take their posts along leaves tombstones; a facilitator can do it on request, with a reason', async () => {
    const person = await newMember('C');
    const { threadId } = await startThread(bearer(person.token), 'Over mij', 'Tekst die mee weg moet.');
    expect(
      codesOf(
        await gql(
          url,
          `mutation($u: ID!) { removeAccount(userId: $u, posts: REMOVE, reason: "Vroeg het per mail") }`,
          { u: person.userId },
          bearer(person.token),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const removed = await gql(
      url,
      `mutation($u: ID!) { removeAccount(userId: $u, posts: REMOVE, reason: "Vroeg het per mail") }`,
      { u: person.userId },
      facilitator,
    );
    expect(codesOf(removed)).toEqual([]);
    const requested = await db.query(
      `select actor_id, details from audit_entry where person_id = $1 and action = 'ACCOUNT_DELETION_REQUESTED'`,
      [person.userId],
    );
    expect(requested.rows[0].details).toMatchObject({ posts: 'REMOVE', reason: 'Vroeg het per mail' });
    expect(
      codesOf(
        await gql(
          url,
          `mutation($u: ID!) { removeAccount(userId: $u, posts: REMOVE, reason: "Nog eens") }`,
          { u: person.userId },
          facilitator,
        ),
      ),
    ).toEqual(['CONFLICT']);

    await gql(url, PURGE, { asOf: asOf(31) }, admin);
    const posts = (await gql(url, THREAD, { id: threadId }, facilitator)).data!['thread'].posts.nodes;
    expect(posts).toEqual([{ body: null, deletedAt: expect.any(String), author: { displayName: 'Voormalig lid' } }]);
    expect(await placesHolding('Tekst die mee weg moet')).toEqual([]);
    expect(await placesHolding(person.name)).toEqual([]);
  });

  it('the last administrator cannot leave', async () => {
    const res = await gql(url, LEAVE, { p: 'demo-password-2026', posts: 'KEEP_ANONYMOUS' }, admin);
    expect(codesOf(res)).toEqual(['CONFLICT']);
  });
});
