import { resolve } from 'node:path';
import { API_MAIN } from './built-api';
import { benchPort } from './ports';
import { answersOk, ProcessDiedError, spawnNode, waitUntilReady, type StartedProcess } from './processes';

export interface Server extends StartedProcess {
  port: number;
  url: string;
  wsUrl: string;
}

/**
 * production: as deployed (NODE_ENV=production), for every timed figure.
 * sql-counter: NODE_ENV=test with TEST_SQL_COUNTER=true (refused in production), only to count SQL statements.
 */
export type PlatformMode = 'production' | 'sql-counter';

/** The environment of the built API (dist/start.js) on the given database and port. */
export function platformEnv(databaseUrl: string, port: number, mode: PlatformMode = 'production'): Record<string, string> {
  return {
    NODE_ENV: mode === 'production' ? 'production' : 'test',
    ...(mode === 'sql-counter' ? { TEST_SQL_COUNTER: 'true', SEED_DEMO: 'false' } : {}),
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
}

function server(started: StartedProcess, port: number): Server {
  return { ...started, port, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

/** The built API as its own process; resolves once /health answers. */
export async function startPlatform(databaseUrl: string, mode: PlatformMode = 'production'): Promise<Server> {
  const port = await benchPort();
  const started = server(spawnNode(`platform (${mode})`, API_MAIN, platformEnv(databaseUrl, port, mode)), port);
  await waitUntilReady(started, () => answersOk(`${started.url}/health`));
  return started;
}

/** The compiled baseline script dist-bench/baselines/<name>.js. */
export function baselineScript(name: string): string {
  return resolve(__dirname, '..', 'baselines', `${name}.js`);
}

/** A bare baseline server (bench/baselines/<name>.ts) as its own process; resolves once its /health answers. */
export async function startBaseline(name: string, env: Record<string, string>): Promise<Server> {
  const port = await benchPort();
  const started = server(spawnNode(`baseline ${name}`, baselineScript(name), { ...env, PORT: String(port) }), port);
  await waitUntilReady(started, () => answersOk(`${started.url}/health`));
  return started;
}

/** Runs `fn` with a started server and always stops it; if the server died on the way, the error says so. */
export async function withServer<T>(start: () => Promise<Server>, fn: (server: Server) => Promise<T>): Promise<T> {
  const started = await start();
  try {
    return await fn(started);
  } catch (error) {
    if (started.diedOnItsOwn()) throw new ProcessDiedError(started, `during the measurement (${String(error)})`);
    throw error;
  } finally {
    await started.stop();
  }
}
