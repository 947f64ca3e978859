import type { Client } from 'pg';
import { connect, queueIdle } from './support/db';
import { createMembers, resetSqlCount, sqlCount } from './support/fixtures';
import { codesOf, gql, settle } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: Record<string, string>;
let member2: Record<string, string>;
let facilitator: Record<string, string>;
let themeId: string;

beforeAll(async () => {
  platform = await startPlatform('demo', { TEST_SQL_COUNTER: 'true' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  member2 = bearer((await login(url, 'member2@demo.test')).token);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  themeId = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id;
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id title postCount theme { title } } }`;
const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id version body bodyHtml kind } }`;
const PAGE = `query($id: ID!, $first: Int, $after: String) { thread(id: $id) { postCount posts(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id body bodyHtml kind createdAt replyTo { id } reactions { reaction count viewerReacted }
          author { displayName memberships { organisation { name partOf { name } } } } } } } }`;

async function countSettles(threadId: string, expected: number, timeoutMs = 3000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count: number = (await db.query('select post_count from thread where id = $1', [threadId])).rows[0].post_count;
    if (count === expected || Date.now() > deadline) return count;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function startThread(headers = member, title = 'Onthaal van nieuwkomers') {
  const res = await gql(url, START, { i: { title, body: 'Hoe pakken jullie het **onthaal** aan?', themeId } }, headers);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data['startThread'].id as string;
}

describe('threads and posts are for members only', () => {
  it('refuses anonymous visitors and registered people without membership, and changes nothing', async () => {
    const threadId = await startThread();
    const registered = bearer((await registerPerson(url, 'nog-geen-lid@example.test')).token);
    const before = (await db.query('select count(*)::int as n from post')).rows[0].n;
    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [registered, 'FORBIDDEN'],
    ] as const) {
      expect(codesOf(await gql(url, `{ threads { totalCount } }`, undefined, headers))).toEqual([code]);
      expect(codesOf(await gql(url, PAGE, { id: threadId }, headers))).toEqual([code]);
      expect(codesOf(await gql(url, ADD, { i: { threadId, body: 'Hallo' } }, headers))).toEqual([code]);
      expect(codesOf(await gql(url, START, { i: { title: 'x', body: 'y', themeId } }, headers))).toEqual([code]);
    }
    expect((await db.query('select count(*)::int as n from post')).rows[0].n).toBe(before);
  });
});

describe('a thread page', () => {
  let threadId: string;
  beforeAll(async () => {
    threadId = await startThread(member, 'Paginering');
  });

  it('is cursor-paginated oldest first, every post exactly once', async () => {
    for (let i = 1; i <= 6; i += 1) await gql(url, ADD, { i: { threadId, body: `Bijdrage ${i}` } }, i % 2 ? member : member2);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await gql(url, PAGE, { id: threadId, first: 3, after }, member);
      const page = res.data.thread.posts;
      seen.push(...page.nodes.map((n: any) => n.body));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'Hoe pakken jullie het **onthaal** aan?',
      'Bijdrage 1',
      'Bijdrage 2',
      'Bijdrage 3',
      'Bijdrage 4',
      'Bijdrage 5',
      'Bijdrage 6',
    ]);
  });

  it('costs the same number of SQL statements for 5 and for 50 posts by many authors', async () => {
    const authors = await createMembers(db, 10);
    const measure = async (posts: number) => {
      const id = await startThread(member, `Telling ${posts}`);
      for (let i = 1; i < posts; i += 1) {
        await gql(url, ADD, { i: { threadId: id, body: `Post ${i}`, kind: 'LEVER' } }, bearer(authors[i % authors.length].token));
      }
      // The notification mail jobs of these posts run their own SQL, and so do the thread's counters (recounted after
      // each post): wait until nothing runs for longer than the queue's polling interval.
      for (let attempt = 0; attempt < 20; attempt += 1) {
        await queueIdle(db, 60_000); // ~450 notification mails on a busy machine
        await resetSqlCount(url);
        await settle(700);
        if ((await sqlCount(url)) === 0) break;
      }
      // One unmeasured read: the viewer's session is cached for a minute, which a slow run of 50 posts can outlast.
      await gql(url, PAGE, { id, first: 50 }, member);
      await resetSqlCount(url);
      const res: any = await gql(url, PAGE, { id, first: 50 }, member);
      expect(res.data.thread.posts.nodes).toHaveLength(posts);
      return (await sqlCount(url)) - 0;
    };
    const five = await measure(5);
    const fifty = await measure(50);
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(12);
  });
});

describe('posts', () => {
  let threadId: string;
  beforeAll(async () => {
    threadId = await startThread(member, 'Regels');
  });

  it('are rendered to sanitised HTML on the server', async () => {
    const res = await gql(
      url,
      ADD,
      { i: { threadId, body: '<script>alert(1)</script> [x](javascript:alert(1)) [ok](https://vvsg.be)' } },
      member,
    );
    const html = res.data!['addPost'].bodyHtml as string;
    expect(html).not.toMatch(/<script|href="javascript/i);
    expect(html).toContain('<a href="https://vvsg.be" rel="nofollow ugc noopener">ok</a>');
  });

  it('refuse an empty or too long body with BAD_USER_INPUT naming the field', async () => {
    const long = await gql(url, ADD, { i: { threadId, body: 'x'.repeat(20_001) } }, member);
    expect(codesOf(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors![0].extensions!['fields']).toEqual({ body: 'Maximaal 20000 tekens.' });
    expect(codesOf(await gql(url, ADD, { i: { threadId, body: '   ' } }, member))).toEqual(['BAD_USER_INPUT']);
  });

  it('with the same clientMutationId sent ten times at once make one post', async () => {
    // What the thread's counter converges to (a recount of earlier posts may still be on its way).
    const before: number = (await db.query('select count(*)::int as n from post where thread_id = $1', [threadId])).rows[0].n;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gql(url, ADD, { i: { threadId, body: 'Eén keer', clientMutationId: 'dubbelklik-1' } }, member)),
    );
    const ids = new Set(results.map((r) => r.data!['addPost'].id));
    expect(ids.size).toBe(1);
    expect((await db.query(`select count(*)::int as n from post where client_mutation_id = 'dubbelklik-1'`)).rows[0].n).toBe(1);
    // The thread's counters are added up right after the commit, not inside the post's transaction.
    await expect(countSettles(threadId, before + 1)).resolves.toBe(before + 1);
  });

  it('are edited with expectedVersion (CONFLICT when stale), keeping earlier revisions', async () => {
    const post = (await gql(url, ADD, { i: { threadId, body: 'Eerste versie' } }, member)).data!['addPost'];
    const edit = `mutation($i: EditPostInput!) { editPost(input: $i) { version body revisions { version body } } }`;
    const ok = await gql(url, edit, { i: { postId: post.id, body: 'Tweede versie', expectedVersion: 1 } }, member);
    expect(ok.data!['editPost']).toEqual({ version: 2, body: 'Tweede versie', revisions: [{ version: 1, body: 'Eerste versie' }] });
    const stale = await gql(url, edit, { i: { postId: post.id, body: 'Van een oud scherm', expectedVersion: 1 } }, member);
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(codesOf(await gql(url, edit, { i: { postId: post.id, body: 'Van iemand anders', expectedVersion: 2 } }, member2))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await db.query('select body, version from post where id = $1', [post.id])).rows[0]).toEqual({
      body: 'Tweede versie',
      version: 2,
    });
  });

  it('are deleted by their author as a tombstone; others cannot', async () => {
    const post = (await gql(url, ADD, { i: { threadId, body: 'Weg ermee' } }, member)).data!['addPost'];
    expect(codesOf(await gql(url, `mutation($p: ID!) { deletePost(postId: $p) { id } }`, { p: post.id }, member2))).toEqual(['FORBIDDEN']);
    const res = await gql(url, `mutation($p: ID!) { deletePost(postId: $p) { deletedAt body bodyHtml } }`, { p: post.id }, member);
    expect(res.data!['deletePost']).toMatchObject({ body: null, bodyHtml: null });
    expect(res.data!['deletePost'].deletedAt).not.toBeNull();
    expect((await db.query('select body from post where id = $1', [post.id])).rows[0].body).toBe('');
  });

  it('are hidden by a facilitator with a reason: members see the reason, not the text', async () => {
    const post = (await gql(url, ADD, { i: { threadId, body: 'Iets ongepasts' } }, member2)).data!['addPost'];
    expect(
      codesOf(await gql(url, `mutation($p: ID!) { hidePost(postId: $p, reason: "Persoonsgegevens") { id } }`, { p: post.id }, member)),
    ).toEqual(['FORBIDDEN']);
    await gql(url, `mutation($p: ID!) { hidePost(postId: $p, reason: "Persoonsgegevens") { id } }`, { p: post.id }, facilitator);
    const page: any = await gql(url, PAGE.replace('nodes { id body', 'nodes { id hiddenReason body'), { id: threadId, first: 100 }, member);
    const seen = page.data.thread.posts.nodes.find((n: any) => n.id === post.id);
    expect(seen).toMatchObject({ body: null, hiddenReason: 'Persoonsgegevens' });
  });

  it('take reactions as a toggle', async () => {
    const post = (await gql(url, ADD, { i: { threadId, body: 'Goed idee' } }, member)).data!['addPost'];
    const toggle = `mutation($p: ID!) { toggleReaction(postId: $p, reaction: THANKS) { reactions { reaction count viewerReacted } } }`;
    expect((await gql(url, toggle, { p: post.id }, member2)).data!['toggleReaction'].reactions).toEqual([
      { reaction: 'THANKS', count: 1, viewerReacted: true },
    ]);
    expect((await gql(url, toggle, { p: post.id }, member2)).data!['toggleReaction'].reactions).toEqual([]);
  });
});

describe('notifications from discussions', () => {
  it('reach the person mentioned, the author replied to and followers — once each', async () => {
    const member2Id = (await db.query(`select id from app_user where email = 'member2@demo.test'`)).rows[0].id;
    const threadId = await startThread(member2, 'Meldingen');
    const first = (await gql(url, ADD, { i: { threadId, body: 'Vraag van lid 2' } }, member2)).data!['addPost'];
    await gql(url, `mutation { markNotificationsRead }`, undefined, member2);
    await gql(url, ADD, { i: { threadId, body: `Antwoord voor @[Demo Lid Noord-Limburg](${member2Id})`, replyToId: first.id } }, member);
    const notes: any = await gql(
      url,
      `{ notifications(unreadOnly: true) { nodes { kind link } } unreadNotificationCount }`,
      undefined,
      member2,
    );
    expect(notes.data.notifications.nodes.map((n: any) => n.kind)).toEqual(['MENTION']);
    expect(notes.data.unreadNotificationCount).toBe(1);
    expect(notes.data.notifications.nodes[0].link).toMatch(new RegExp(`^/discussies/${threadId}#bijdrage-`));
  });

  it('stop for a thread one unfollows', async () => {
    const threadId = await startThread(member2, 'Ontvolgen');
    await gql(url, `mutation { markNotificationsRead }`, undefined, member2);
    await gql(url, `mutation($t: ID!) { unfollowThread(threadId: $t) { viewerFollows } }`, { t: threadId }, member2);
    await gql(url, ADD, { i: { threadId, body: 'Iemand?' } }, member);
    expect((await gql(url, `{ unreadNotificationCount }`, undefined, member2)).data).toEqual({ unreadNotificationCount: 0 });
  });
});
