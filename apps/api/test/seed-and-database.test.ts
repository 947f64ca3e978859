import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort, startApiProcess } from '../testing/api-process';
import { createDatabaseFromTemplate, dropDatabase, recreateEmptyDatabase } from '../testing/test-database';
import { testServerUrl } from './support/platform';

const CLI = resolve(__dirname, '..', 'dist', 'database', 'cli.js');

const TABLES = [
  'organisation',
  'organisation_member',
  'app_user',
  'membership',
  'pilot_project',
  'project_report',
  'meeting',
  'agenda_item',
  'meeting_invitation',
  'theme',
  'competence_info',
];

async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      counts[table] = Number((await client.query(`select count(*) from "${table}"`)).rows[0].count);
    }
    return counts;
  } finally {
    await client.end();
  }
}

function cli(command: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, command], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`cli ${command} faalde:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('the demo seed', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await createDatabaseFromTemplate(testServerUrl(), 'empty');
  });
  afterAll(() => dropDatabase(databaseUrl));

  it('loads the network on an empty database and adds nothing when run again', async () => {
    expect(cli('seed', { DATABASE_URL: databaseUrl })).toContain('Demonetwerk: seeded');
    const first = await rowCounts(databaseUrl);
    expect(first).toMatchObject({ pilot_project: 7, project_report: 21, competence_info: 4, app_user: 4, membership: 4 });
    // 3 coordinating bodies + 7 partnerships + their municipalities + Noord-Limburg + 9 OCMW's
    expect(first['organisation']).toBe(3 + 7 + first['organisation_member'] - 9 + 1 + 9);

    expect(cli('seed', { DATABASE_URL: databaseUrl })).toContain('Demonetwerk: skipped');
    expect(await rowCounts(databaseUrl)).toEqual(first);
  });

  it('is loaded by a start, kept by a restart, and not loaded twice', async () => {
    const fresh = await createDatabaseFromTemplate(testServerUrl(), 'empty');
    try {
      const first = await startApiProcess(fresh, { SEED_DEMO: 'true' });
      await first.stop();
      const afterFirst = await rowCounts(fresh);
      expect(afterFirst['pilot_project']).toBe(7);
      const second = await startApiProcess(fresh, { SEED_DEMO: 'true' });
      await second.stop();
      expect(await rowCounts(fresh)).toEqual(afterFirst);
    } finally {
      await dropDatabase(fresh);
    }
  });

  it('is never loaded with SEED_DEMO=false', async () => {
    const fresh = await createDatabaseFromTemplate(testServerUrl(), 'empty');
    try {
      const api = await startApiProcess(fresh, { SEED_DEMO: 'false' });
      await api.stop();
      expect((await rowCounts(fresh))['organisation']).toBe(0);
    } finally {
      await dropDatabase(fresh);
    }
  });
});

describe('the database rules', () => {
  let databaseUrl: string;
  let client: Client;
  beforeAll(async () => {
    databaseUrl = await createDatabaseFromTemplate(testServerUrl(), 'demo');
    client = new Client({ connectionString: databaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await dropDatabase(databaseUrl);
  });

  const one = async (sql: string) => (await client.query(sql)).rows[0];

  it('allows one support per person per theme and one registration per person per meeting', async () => {
    const { user_id } = await one(`select id as user_id from app_user where email = 'member@demo.test'`);
    const { theme_id } = await one(`select id as theme_id from theme limit 1`);
    const { meeting_id } = await one(`select id as meeting_id from meeting limit 1`);
    await client.query(`insert into theme_support (theme_id, user_id) values ($1, $2)`, [theme_id, user_id]);
    await expect(client.query(`insert into theme_support (theme_id, user_id) values ($1, $2)`, [theme_id, user_id])).rejects.toMatchObject({
      code: '23505',
    });
    await client.query(
      `insert into meeting_registration (id, meeting_id, user_id, status) values (gen_random_uuid(), $1, $2, 'REGISTERED')`,
      [meeting_id, user_id],
    );
    await expect(
      client.query(`insert into meeting_registration (id, meeting_id, user_id, status) values (gen_random_uuid(), $1, $2, 'WAITLISTED')`, [
        meeting_id,
        user_id,
      ]),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('allows one post per author per clientMutationId, and any number without one', async () => {
    const { user_id } = await one(`select id as user_id from app_user where email = 'member@demo.test'`);
    const { theme_id } = await one(`select id as theme_id from theme limit 1`);
    const { thread_id } = await one(
      `insert into thread (id, title, author_id, theme_id) values (gen_random_uuid(), 'Draad', '${user_id}', '${theme_id}') returning id as thread_id`,
    );
    const post = (key: string | null) =>
      client.query(
        `insert into post (id, thread_id, author_id, body, body_html, client_mutation_id) values (gen_random_uuid(), $1, $2, 'x', '<p>x</p>', $3)`,
        [thread_id, user_id, key],
      );
    await post('key-1');
    await expect(post('key-1')).rejects.toMatchObject({ code: '23505' });
    await post(null);
    await post(null);
  });

  it('rejects a dangling reference, a thread about nothing and a meeting that ends before it starts', async () => {
    await expect(
      client.query(
        `insert into membership (id, user_id, organisation_id) values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid())`,
      ),
    ).rejects.toMatchObject({ code: '23503' });
    const { user_id } = await one(`select id as user_id from app_user limit 1`);
    await expect(
      client.query(`insert into thread (id, title, author_id) values (gen_random_uuid(), 'Los', $1)`, [user_id]),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      client.query(
        `insert into meeting (id, title, starts_at, ends_at) values (gen_random_uuid(), 'Omgekeerd', now(), now() - interval '1 hour')`,
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });
});

describe('migrations at start', () => {
  it('run once when two replicas start at the same moment (advisory lock)', async () => {
    const url = await recreateEmptyDatabase(testServerUrl(), `ln_race_${Date.now()}`);
    try {
      const run = () =>
        new Promise<{ code: number | null; out: string }>((resolveRun) => {
          const child = spawn(process.execPath, [CLI, 'migrate'], { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: url } });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr.on('data', (d: Buffer) => (out += d.toString()));
          child.on('exit', (code) => resolveRun({ code, out }));
        });
      const [a, b] = await Promise.all([run(), run()]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect([a.out, b.out].filter((out) => out.includes('Migraties toegepast'))).toHaveLength(1);
    } finally {
      await dropDatabase(url);
    }
  });
});

describe('embedded PostgreSQL', () => {
  it('starts without DATABASE_URL, keeps its data between runs (also as root)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ln-embedded-'));
    chmodSync(dir, 0o755); // mkdtemp makes it 0700, which the postgres user (when we run as root) cannot enter
    const env = { EMBEDDED_PG_DIR: join(dir, 'pg'), EMBEDDED_PG_PORT: String(await freePort()) };
    try {
      expect(cli('migrate', env)).toContain('Migraties toegepast');
      expect(cli('migrate', env)).toContain('Databank is al bij');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains what to do when the postgres user cannot reach the data folder', async () => {
    if (process.getuid?.() !== 0) return expect(true).toBe(true); // only root hands the folder to the postgres user
    const dir = mkdtempSync(join(tmpdir(), 'ln-embedded-'));
    try {
      const result = spawnSync(process.execPath, [CLI, 'migrate'], {
        env: { PATH: process.env['PATH'] ?? '', EMBEDDED_PG_DIR: join(dir, 'pg'), EMBEDDED_PG_PORT: String(await freePort()) },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`chmod o+x ${dir}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
