import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { codesOf, gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let admin: Record<string, string>;
let userId: string;

const RUN = `mutation { runRetention { sessions tokens notifications auditEntries } }`;
const DAY = `interval '1 day'`;

beforeAll(async () => {
  // Read notifications are kept 90 days here instead of 180: the periods are settings.
  platform = await startPlatform('demo', { RETENTION_READ_NOTIFICATIONS_DAYS: '90' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  admin = bearer((await login(url, 'admin@demo.test')).token);
  [{ userId }] = (await createMembers(db, 1)) as [{ userId: string; token: string }];
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

async function session(expiresInDays: number, revokedDaysAgo: number | null): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into auth_session (id, user_id, token_hash, expires_at, revoked_at)
     values ($1, $2, $3, now() + $4 * ${DAY}, case when $5::int is null then null else now() - $5 * ${DAY} end)`,
    [id, userId, randomUUID().replace(/-/g, '').padEnd(64, '0'), expiresInDays, revokedDaysAgo],
  );
  return id;
}

async function token(expiresInDays: number, usedDaysAgo: number | null): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into one_time_token (id, purpose, token_hash, user_id, expires_at, used_at)
     values ($1, 'PASSWORD_RESET', $2, $3, now() + $4 * ${DAY}, case when $5::int is null then null else now() - $5 * ${DAY} end)`,
    [id, randomUUID().replace(/-/g, '').padEnd(64, '0'), userId, expiresInDays, usedDaysAgo],
  );
  return id;
}

async function notification(readDaysAgo: number | null, createdDaysAgo = 400): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into notification (id, user_id, kind, subject, link, created_at, read_at)
     values ($1, $2, 'REPLY', 'Een antwoord', '/discussies', now() - $3 * ${DAY}, case when $4::int is null then null else now() - $4 * ${DAY} end)`,
    [id, userId, createdDaysAgo, readDaysAgo],
  );
  return id;
}

async function auditLine(yearsAgo: number): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into audit_entry (id, at, action, details) values ($1, now() - $2 * interval '1 year' - interval '1 day', 'ROLE_CHANGED', '{}')`,
    [id, yearsAgo],
  );
  return id;
}

const exists = async (table: string, id: string) => (await db.query(`select 1 from ${table} where id = $1`, [id])).rowCount === 1;

describe('retention', () => {
  it('purges what outlived its period and keeps everything else', async () => {
    const sessions = {
      expiredLongAgo: await session(-31, null),
      expiredRecently: await session(-29, null),
      revokedLongAgo: await session(30, 31),
      revokedRecently: await session(30, 2),
      active: await session(30, null),
    };
    const tokens = {
      usedLongAgo: await token(10, 31),
      expiredLongAgo: await token(-31, null),
      usedRecently: await token(10, 5),
      open: await token(1, null),
    };
    const notifications = {
      readLongAgo: await notification(91),
      readRecently: await notification(89),
      unreadOld: await notification(null),
    };
    const audit = { tooOld: await auditLine(5), young: await auditLine(4) };

    const res = await gql(url, RUN, undefined, admin);
    expect(codesOf(res)).toEqual([]);
    const report = res.data!['runRetention'];
    expect(report.sessions).toBeGreaterThanOrEqual(2);
    expect(report.tokens).toBeGreaterThanOrEqual(2);
    expect(report.notifications).toBeGreaterThanOrEqual(1);
    expect(report.auditEntries).toBeGreaterThanOrEqual(1);

    const left = async (table: string, ids: Record<string, string>) => {
      const found: Record<string, boolean> = {};
      for (const [name, id] of Object.entries(ids)) found[name] = await exists(table, id);
      return found;
    };
    expect(await left('auth_session', sessions)).toEqual({
      expiredLongAgo: false,
      expiredRecently: true,
      revokedLongAgo: false,
      revokedRecently: true,
      active: true,
    });
    expect(await left('one_time_token', tokens)).toEqual({ usedLongAgo: false, expiredLongAgo: false, usedRecently: true, open: true });
    expect(await left('notification', notifications)).toEqual({ readLongAgo: false, readRecently: true, unreadOld: true });
    expect(await left('audit_entry', audit)).toEqual({ tooOld: false, young: true });

    // A second run finds nothing more of these.
    const again = (await gql(url, RUN, undefined, admin)).data!['runRetention'];
    expect(again).toEqual({ sessions: 0, tokens: 0, notifications: 0, auditEntries: 0 });
  });

  it('is for admins only, and the audit trail still refuses deletion outside the purge', async () => {
    const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
    expect(codesOf(await gql(url, RUN, undefined, facilitator))).toEqual(['FORBIDDEN']);
    const old = await auditLine(10);
    await expect(db.query('delete from audit_entry where id = $1', [old])).rejects.toThrow(/append-only/);
    expect(await exists('audit_entry', old)).toBe(true);
  });
});
