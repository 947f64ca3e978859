import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// Test isolation by database: every test file gets its own copy of a migrated (and optionally seeded) template.

export const TEMPLATES = { empty: 'ln_template_empty', demo: 'ln_template_demo' } as const;
export type TemplateKind = keyof typeof TEMPLATES;

async function withServer<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `ln_test_<random>` as a copy of the template and returns its URL. */
export async function createDatabaseFromTemplate(serverUrl: string, kind: TemplateKind): Promise<string> {
  const name = `ln_test_${randomBytes(6).toString('hex')}`;
  await withServer(serverUrl, (client) => client.query(`create database "${name}" template "${TEMPLATES[kind]}"`));
  return `${serverUrl}/${name}`;
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const serverUrl = `${url.protocol}//${url.username}${url.password ? `:${url.password}` : ''}@${url.host}`;
  await withServer(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}

export async function recreateEmptyDatabase(serverUrl: string, name: string): Promise<string> {
  await withServer(serverUrl, async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  });
  return `${serverUrl}/${name}`;
}

/** Server URL (no database) of a postgres:// URL. */
export function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.protocol}//${url.username}${url.password ? `:${url.password}` : ''}@${url.host}`;
}
