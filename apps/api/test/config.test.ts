import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const MAIN = resolve(__dirname, '..', 'dist', 'main.js');

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('configuration validated at boot', () => {
  it('stops with a message naming a wrong variable', () => {
    const result = start({ PORT: 'abc', DATABASE_URL: 'postgres://x@127.0.0.1:1/none' });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('Ongeldige configuratie');
    expect(result.stderr).toMatch(/PORT: moet een poortnummer zijn/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('names every wrong variable at once', () => {
    const result = start({ SEED_DEMO: 'misschien', REDIS_URL: 'localhost:6379', LOG_LEVEL: 'chatty' });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/SEED_DEMO/);
    expect(result.stderr).toMatch(/REDIS_URL: moet een Redis-URL zijn/);
    expect(result.stderr).toMatch(/LOG_LEVEL/);
  });

  it('requires DATABASE_URL in production', () => {
    const result = start({ NODE_ENV: 'production' });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/DATABASE_URL: is verplicht in productie/);
  });
});
