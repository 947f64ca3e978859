import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createDatabaseFromTemplate, dropDatabase } from '../testing/test-database';
import { testServerUrl } from './support/platform';

const CLI = resolve(__dirname, '..', 'dist', 'database', 'cli.js');

describe('migrations', () => {
  it('bring the database exactly to what the entities describe (no forgotten migration)', async () => {
    const databaseUrl = await createDatabaseFromTemplate(testServerUrl(), 'empty');
    try {
      const result = spawnSync(process.execPath, [CLI, 'schema:check'], {
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Entiteiten en migraties stemmen overeen.');
      expect(result.status).toBe(0);
    } finally {
      await dropDatabase(databaseUrl);
    }
  });
});
