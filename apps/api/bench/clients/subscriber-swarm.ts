import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { SwarmCommand, SwarmReport, Trigger } from './swarm-protocol';

// A separate process holding many graphql-ws clients (the graphql-ws client library over ws), each with one
// subscription. On `fire` it sends the trigger (an HTTP POST) and reports, per subscriber, how long after sending it
// the `next` message arrived.

const clients: Client[] = [];
let round: { startedAt: number; latencies: number[]; expected: number; complete: () => void } | null = null;
let stray = 0;

const report = (message: SwarmReport) => process.send!(message);

function onNext(): void {
  const now = performance.now();
  if (!round) {
    stray += 1;
    return;
  }
  round.latencies.push(now - round.startedAt);
  if (round.latencies.length === round.expected) round.complete();
}

/** One client, subscribed; resolves when the server acknowledged the connection. */
function subscribe(wsUrl: string, authorization: string, query: string, variables: Record<string, unknown>): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization },
      retryAttempts: 0,
      on: {
        connected: () => resolve(client),
        closed: (event) =>
          reject(
            new Error(
              `connection closed: ${(event as { code?: number; reason?: string }).code ?? ''} ${(event as { reason?: string }).reason ?? ''}`,
            ),
          ),
      },
    });
    clients.push(client);
    client.subscribe(
      { query, variables },
      {
        next: onNext,
        error: (error) => console.error('subscription error', JSON.stringify(error).slice(0, 500)),
        complete: () => undefined,
      },
    );
  });
}

async function open(command: Extract<SwarmCommand, { type: 'open' }>): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < command.authorizations.length; i += command.batchSize) {
    const batch = command.authorizations.slice(i, i + command.batchSize);
    await Promise.all(batch.map((authorization) => subscribe(command.wsUrl, authorization, command.query, command.variables)));
  }
  report({ type: 'opened', subscribers: clients.length, ms: performance.now() - started });
}

async function fire(trigger: Trigger, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const arrived = new Promise<void>((complete) => {
    round = { startedAt: performance.now(), latencies: [], expected: clients.length, complete };
    timer = setTimeout(complete, timeoutMs);
  });
  const res = await fetch(trigger.url, {
    method: 'POST',
    headers: trigger.headers,
    body: trigger.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const triggerAnswer = (await res.text()).slice(0, 500);
  await arrived;
  clearTimeout(timer);
  const { latencies, expected } = round!;
  round = null;
  report({ type: 'arrivals', latenciesMs: latencies, expected, triggerStatus: res.status, triggerAnswer });
}

async function close(): Promise<void> {
  await Promise.all(
    clients.map(async (client) => {
      await client.dispose();
    }),
  );
  if (stray) console.error(`${stray} messages outside a round`);
  report({ type: 'closed' });
  process.exit(0);
}

process.on('message', (command: SwarmCommand) => {
  const run = command.type === 'open' ? open(command) : command.type === 'fire' ? fire(command.trigger, command.timeoutMs) : close();
  run.catch((error: unknown) => report({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
process.on('disconnect', () => process.exit(0));
