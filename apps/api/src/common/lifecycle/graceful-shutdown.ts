import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { GraphqlWsServer } from '../graphql/graphql-ws.server';
import { InFlightRequests } from './in-flight-requests';

export interface ShutdownOptions {
  graceMs: number;
  log(line: string): void;
  /** Last: the embedded PostgreSQL, and only if this process started it. */
  stopDatabase(): Promise<void>;
}

/**
 * SIGTERM and SIGINT: stop accepting connections, let requests in flight finish (up to the grace period), close
 * WebSockets with 1001 (clients reconnect to another replica or to this one once it is back), close the
 * application (pools, queue, pub/sub), stop the database last, and exit 0.
 */
export function installGracefulShutdown(app: INestApplication, options: ShutdownOptions): void {
  const server = app.getHttpServer() as Server;
  const inFlight = new InFlightRequests(server);
  let stopping = false;

  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    options.log(`${signal} ontvangen: geen nieuwe verbindingen meer, ${inFlight.size} lopende verzoeken werken af.`);
    server.close();
    server.closeIdleConnections();
    const drained = await inFlight.drained(options.graceMs);
    if (!drained) options.log(`Na ${options.graceMs / 1000} s liepen nog ${inFlight.size} verzoeken: die worden afgebroken.`);
    await app.get(GraphqlWsServer).closeClients();
    server.closeAllConnections();
    await app.close();
    await options.stopDatabase();
    options.log('Afgesloten.');
    process.exit(0);
  };

  const onSignal = (signal: string) => {
    stop(signal).catch((error: unknown) => {
      console.error('Afsluiten mislukt:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
}
