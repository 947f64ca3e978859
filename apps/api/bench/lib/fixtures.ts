import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';

// Bench data, written straight into the bench database (as the platform's own tables hold it).

export interface Member {
  id: string;
  displayName: string;
  /** A live session's bearer token. */
  token: string;
}

export const bearer = (member: Member) => `Bearer ${member.token}`;

/** The platform stores only the SHA-256 of a session token (auth/tokens.ts). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function withDatabase<T>(databaseUrl: string, fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

async function organisationIds(db: Client, count: number): Promise<string[]> {
  const rows = (await db.query<{ id: string }>('select id from organisation order by slug limit $1', [count])).rows;
  if (rows.length < count) throw new Error('The bench database has too few organisations (is the demo network loaded?)');
  return rows.map((row) => row.id);
}

/**
 * `count` members, each with an approved membership in `membershipsOf(i)` organisations (of the demo network, in a
 * fixed order) and a session valid for a day. One statement per table, so a thousand take a moment.
 */
export async function createMembers(
  db: Client,
  label: string,
  count: number,
  membershipsOf: (i: number) => number = () => 1,
): Promise<Member[]> {
  const organisations = await organisationIds(db, 3);
  const members: Member[] = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    displayName: `${label} ${i + 1}`,
    token: `ln_${randomBytes(32).toString('base64url')}`,
  }));
  await db.query(
    `insert into app_user (id, email, display_name, password_hash)
     select id, 'bench-' || id || '@example.test', name, 'x' from unnest($1::uuid[], $2::text[]) as m(id, name)`,
    [members.map((m) => m.id), members.map((m) => m.displayName)],
  );
  const memberships = members.flatMap((member, i) =>
    organisations.slice(0, membershipsOf(i)).map((organisationId, position) => ({ userId: member.id, organisationId, position })),
  );
  // Distinct creation times: the platform lists memberships oldest first.
  await db.query(
    `insert into membership (id, user_id, organisation_id, created_at)
     select gen_random_uuid(), u, o, now() - make_interval(mins => 10 - p) from unnest($1::uuid[], $2::uuid[], $3::int[]) as m(u, o, p)`,
    [memberships.map((m) => m.userId), memberships.map((m) => m.organisationId), memberships.map((m) => m.position)],
  );
  await db.query(
    `insert into auth_session (id, user_id, token_hash, expires_at)
     select gen_random_uuid(), u, h, now() + interval '1 day' from unnest($1::uuid[], $2::text[]) as s(u, h)`,
    [members.map((m) => m.id), members.map((m) => hashToken(m.token))],
  );
  return members;
}

/** A thread on the first theme of the demo network, started by `author`, without posts yet. */
export async function createThread(db: Client, author: Member, title: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into thread (id, title, author_id, theme_id) values (gen_random_uuid(), $1, $2, (select id from theme order by title limit 1)) returning id`,
    [title, author.id],
  );
  return rows[0]!.id;
}

/** `count` posts by the authors in turn, a second apart (oldest first), with Markdown and its HTML. */
export async function addPosts(db: Client, threadId: string, authors: Member[], count: number): Promise<void> {
  const posts = Array.from({ length: count }, (_, i) => ({
    authorId: authors[i % authors.length]!.id,
    body: `Bijdrage ${i + 1}: hoe pakken jullie het **onthaal** van nieuwkomers aan? Zie ook _de wachtlijst_ voor huisvesting.`,
    bodyHtml: `<p>Bijdrage ${i + 1}: hoe pakken jullie het <strong>onthaal</strong> van nieuwkomers aan? Zie ook <em>de wachtlijst</em> voor huisvesting.</p>\n`,
    secondsAgo: count - i,
  }));
  await db.query(
    `insert into post (id, thread_id, author_id, body, body_html, kind, created_at)
     select gen_random_uuid(), $1, a, b, h, 'COMMENT', date_trunc('milliseconds', now()) - make_interval(secs => s)
       from unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) as p(a, b, h, s)`,
    [threadId, posts.map((p) => p.authorId), posts.map((p) => p.body), posts.map((p) => p.bodyHtml), posts.map((p) => p.secondsAgo)],
  );
  await db.query('update thread set post_count = post_count + $2, last_activity_at = now() where id = $1', [threadId, count]);
}

export async function countPosts(db: Client, threadId: string): Promise<number> {
  return Number((await db.query<{ n: string }>('select count(*) as n from post where thread_id = $1', [threadId])).rows[0]!.n);
}
