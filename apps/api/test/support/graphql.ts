import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** POST /graphql like a real client. */
export async function gql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T; errors?: GraphqlResponse['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Geen JSON van /graphql (HTTP ${res.status}): ${text.slice(0, 500)}`);
  }
  return { status: res.status, headers: res.headers, ...body };
}

export function codesOf(response: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.['code']);
}

/** A graphql-ws client (protocol graphql-transport-ws) over a real WebSocket. */
export function wsClient(
  wsUrl: string,
  connectionParams?: Record<string, unknown>,
  options: { headers?: Record<string, string> } = {},
): Client {
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: options.headers });
    }
  }
  return createClient({
    url: wsUrl,
    webSocketImpl: HeaderWebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Runs one operation over the socket and returns its first result (or the error it ended with). */
export function wsOnce<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult<T> | { socketError: unknown }> {
  return new Promise((resolve) => {
    let settled = false;
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value: any) => {
          if (settled) return;
          settled = true;
          dispose();
          resolve(value);
        },
        error: (error) => {
          if (settled) return;
          settled = true;
          resolve(Array.isArray(error) ? { errors: error } : { socketError: error });
        },
        complete: () => {
          if (!settled) {
            settled = true;
            resolve({ socketError: 'completed without result' });
          }
        },
      },
    );
  });
}

export interface LiveSubscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves once `count` events arrived (rejects after the timeout). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  dispose(): void;
}

/** Subscribes and collects every event; the socket stays open until disposed. */
export function collect<T = any>(client: Client, query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value: any) => {
        if (value.errors) errors.push(...value.errors);
        else events.push(value.data);
        waiters.forEach((w) => w());
      },
      error: (error) => {
        if (Array.isArray(error)) errors.push(...error);
        else errors.push(error);
        waiters.forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    dispose,
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (events.length >= count) resolve(events);
          else if (errors.length) reject(new Error(JSON.stringify(errors)));
        };
        const timer = setTimeout(() => reject(new Error(`${events.length} van ${count} events na ${timeoutMs} ms`)), timeoutMs);
        waiters.push(() => {
          check();
          if (events.length >= count) clearTimeout(timer);
        });
        check();
      }),
  };
}

/** Waits until the server has acknowledged the subscription (graphql-ws has no ack per subscription). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/**
 * graphql-ws does not acknowledge a subscription: sends warm-up events (`warmUp(attempt)`) until every subscription
 * has received one, which proves they are all live. Returns how many events each had by then.
 */
export async function untilLive(live: Array<LiveSubscription<unknown>>, warmUp: (attempt: number) => Promise<unknown>): Promise<number[]> {
  for (let attempt = 0; attempt < 40 && !live.every((l) => l.events.length > 0); attempt += 1) {
    await warmUp(attempt);
    await settle(250);
  }
  await settle(300);
  return live.map((l) => l.events.length);
}
