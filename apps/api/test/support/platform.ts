import { startApiProcess, type ApiProcess } from '../../testing/api-process';
import { createDatabaseFromTemplate, dropDatabase, type TemplateKind } from '../../testing/test-database';

export interface TestPlatform {
  api: ApiProcess;
  databaseUrl: string;
  stop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env['TEST_PG_SERVER_URL'];
  if (!url) throw new Error('TEST_PG_SERVER_URL ontbreekt: draai de integratietests via jest (global-setup).');
  return url;
}

/** A database of its own (a copy of a template) and the real API process on it. */
export async function startPlatform(template: TemplateKind = 'demo', env: Record<string, string> = {}): Promise<TestPlatform> {
  const databaseUrl = await createDatabaseFromTemplate(testServerUrl(), template);
  const api = await startApiProcess(databaseUrl, env);
  return {
    api,
    databaseUrl,
    stop: async () => {
      await api.stop();
      await dropDatabase(databaseUrl);
    },
  };
}
