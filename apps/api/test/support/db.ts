import { Client } from 'pg';

/** A direct connection to the test's own database, for fixtures and for checking what changed. */
export async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const TABLES = [
  'organisation',
  'organisation_member',
  'app_user',
  'membership',
  'membership_request',
  'pilot_project',
  'project_report',
  'notification',
  'one_time_token',
  'meeting',
  'theme',
];

/** The queue makes its schema when it starts (a moment after the API, or with the first job sent). */
async function queueSchemaExists(client: Client): Promise<boolean> {
  return (await client.query(`select to_regclass('pgboss.job') is not null as present`)).rows[0].present;
}

/** Waits until the job queue has started (it starts a moment after the API, or with the first job sent). */
export async function queueStarted(client: Client, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await queueSchemaExists(client)) {
      const { rows } = await client.query(`select count(*)::int as n from pgboss.job where name = 'notification-mail-recovery'`);
      if (rows[0].n > 0) return;
    }
    if (Date.now() > deadline) throw new Error(`De takenwachtrij startte niet binnen ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the job queue has nothing waiting or running (mail jobs change notifications and tokens). */
export async function queueIdle(client: Client, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // No schema yet: the queue has not started, so no job either.
    if (!(await queueSchemaExists(client))) return;
    const { rows } = await client.query(`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active')`);
    if (rows[0].n === 0) return;
    if (Date.now() > deadline) throw new Error(`De takenwachtrij werd niet leeg binnen ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A fingerprint of the domain's data (sessions excluded: signing in is not a change), once the job queue is idle:
 * what earlier operations enqueued has then been done.
 */
export async function fingerprint(client: Client): Promise<string> {
  await queueIdle(client);
  const parts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await client.query(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table}" t`);
    parts.push(`${table}:${rows[0].h}`);
  }
  return parts.join(',');
}
