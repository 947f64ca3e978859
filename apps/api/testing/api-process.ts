import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { API_ROOT } from '../src/config/paths';

export interface ApiProcess {
  url: string;
  wsUrl: string;
  port: number;
  process: ChildProcess;
  /** Everything the process wrote, for assertions on logs. */
  output(): string;
  stop(): Promise<void>;
}

// The built entry point (the bundle), from testing/ (jest) and from dist-testing/testing/ alike.
const MAIN = resolve(API_ROOT, 'dist', 'start.js');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts the built API (dist/start.js, the bundle as deployed) as a real process (on a free port unless given) and waits until /health answers. */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}, fixedPort?: number): Promise<ApiProcess> {
  const port = fixedPort ?? (await freePort());
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JOB_POLL_SECONDS: '0.5',
      // CI runs two test files at a time beside their APIs and PostgreSQL on 2 cores: opening a connection can take
      // longer than production's 3 s there. The tests of these timeouts set their own.
      DATABASE_ACQUIRE_TIMEOUT_MS: '10000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API stopte bij het starten (code ${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API startte niet binnen 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
