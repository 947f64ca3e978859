import { startApiProcess } from './api-process';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';
import { prepareTemplates, startTestPostgres } from './test-postgres';

/**
 * For the browser tests: an isolated database with the demo network, and the platform (API + built web app) on a
 * free port. Prints `E2E_SERVER_READY <url>`; stops everything on SIGTERM.
 */
async function main(): Promise<void> {
  const postgres = await startTestPostgres();
  await prepareTemplates(postgres.serverUrl);
  const databaseUrl = await createDatabaseFromTemplate(postgres.serverUrl, 'demo');
  // The whole browser suite signs in from one address, more often than the 30 per 15 minutes a person may.
  const api = await startApiProcess(databaseUrl, {
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    LOGIN_IP_MAX_ATTEMPTS: process.env['LOGIN_IP_MAX_ATTEMPTS'] ?? '300',
  });
  api.process.stderr?.pipe(process.stderr);
  console.log(`E2E_SERVER_READY ${api.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await api.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
    await postgres.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  api.process.on('exit', (code) => {
    if (!stopping) {
      console.error(`API stopte onverwacht (code ${code}):\n${api.output()}`);
      process.exit(1);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
