import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/** Members made directly in the database, with a live session token each (no password hashing needed). */
export async function createMembers(
  db: Client,
  count: number,
  organisationSlug = 'welzijnsregio-noord-limburg',
): Promise<Array<{ userId: string; token: string }>> {
  const { rows } = await db.query('select id from organisation where slug = $1', [organisationSlug]);
  const organisationId = rows[0].id;
  const members: Array<{ userId: string; token: string }> = [];
  for (let i = 0; i < count; i += 1) {
    const userId = randomUUID();
    const token = `ln_${randomBytes(32).toString('base64url')}`;
    await db.query(`insert into app_user (id, email, display_name, password_hash) values ($1, $2, $3, 'x')`, [
      userId,
      `lid-${userId}@example.test`,
      `Lid ${i + 1}`,
    ]);
    await db.query(`insert into membership (id, user_id, organisation_id) values (gen_random_uuid(), $1, $2)`, [userId, organisationId]);
    await db.query(
      `insert into auth_session (id, user_id, token_hash, expires_at) values (gen_random_uuid(), $1, $2, now() + interval '1 day')`,
      [userId, createHash('sha256').update(token).digest('hex')],
    );
    members.push({ userId, token });
  }
  return members;
}

export async function sqlCount(url: string): Promise<number> {
  return ((await (await fetch(`${url}/__test/sql-count`)).json()) as { count: number }).count;
}

export async function resetSqlCount(url: string): Promise<void> {
  await fetch(`${url}/__test/sql-count/reset`, { method: 'POST' });
}
