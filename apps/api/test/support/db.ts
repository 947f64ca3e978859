import { Client } from 'pg';

/** A direct connection to the test's own database, for fixtures and for checking what changed. */
export async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const TABLES = [
  'organisation', 'organisation_member', 'app_user', 'membership', 'membership_request', 'pilot_project',
  'project_report', 'notification', 'one_time_token', 'meeting', 'theme',
];

/** A fingerprint of the domain's data (sessions excluded: signing in is not a change). */
export async function fingerprint(client: Client): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await client.query(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table}" t`);
    parts.push(`${table}:${rows[0].h}`);
  }
  return parts.join(',');
}
