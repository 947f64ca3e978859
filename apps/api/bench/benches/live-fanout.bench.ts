import type { Trigger } from '../clients/swarm-protocol';
import { bearer, createMembers, createThread, withDatabase, type Member } from '../lib/fixtures';
import { ADD_POST_MUTATION, graphqlBody, jsonHeaders, POST_ADDED_SUBSCRIPTION } from '../lib/graphql';
import { defineBench, type Side } from '../lib/harness';
import { sleep } from '../lib/processes';
import { captureNextPayload } from '../lib/raw-graphql-ws';
import { startBaseline, startPlatform, withServer, type Server } from '../lib/servers';
import { percentile } from '../lib/stats';
import { SubscriberSwarm } from '../lib/swarm';

// Row 4: one new post to 1,000 graphql-ws subscribers of its thread (postAdded, the thread page's post fields); the
// time from sending the trigger until each subscriber has its `next`, p50 and p99 over all arrivals of ~10 triggers.
// Baseline: a bare ws server (baselines/fanout.server.ts) replaying the platform's own payload bytes.

export interface LiveThreadFixture {
  threadId: string;
  author: Member;
  subscribers: Member[];
}

interface LiveFanoutFixture extends LiveThreadFixture {
  /** The `payload` of a `next` message as the platform sent it, byte for byte. */
  payload: string;
}

/** A thread, its author (who posts the triggers) and `count` members who subscribe to it. */
export async function createLiveThread(databaseUrl: string, label: string, count: number): Promise<LiveThreadFixture> {
  return withDatabase(databaseUrl, async (db) => {
    const [author] = await createMembers(db, `${label} auteur`, 1, () => 2);
    const subscribers = await createMembers(db, `${label} lid`, count);
    return { threadId: await createThread(db, author!, `Bench: ${label}`), author: author!, subscribers };
  });
}

/** The platform's trigger is a real addPost by the thread's author; the baseline's is POST /trigger. */
export function triggerFor(side: Side, server: Server, fixture: LiveThreadFixture, sequence: number): Trigger {
  if (side === 'baseline') return { url: `${server.url}/trigger`, headers: {}, body: '' };
  // Bodies of equal length, so every event carries as many bytes as the captured one.
  const body = `Live bijdrage ${String(sequence).padStart(6, '0')}`;
  return {
    url: `${server.url}/graphql`,
    headers: jsonHeaders(bearer(fixture.author)),
    body: graphqlBody(ADD_POST_MUTATION, { input: { threadId: fixture.threadId, body } }),
  };
}

export function startLiveServer(side: Side, databaseUrl: string, payload: string): Promise<Server> {
  return side === 'platform' ? startPlatform(databaseUrl) : startBaseline('fanout.server', { BENCH_NEXT_PAYLOAD: payload });
}

export function openSwarm(server: Server, fixture: LiveThreadFixture): Promise<SubscriberSwarm> {
  return SubscriberSwarm.open({
    wsUrl: server.wsUrl,
    authorizations: fixture.subscribers.map(bearer),
    query: POST_ADDED_SUBSCRIPTION,
    variables: { threadId: fixture.threadId },
  });
}

/** Fires until one event reaches every subscriber (subscriptions are set up asynchronously after the ack). */
export async function untilAllSubscribed(swarm: SubscriberSwarm, trigger: (attempt: number) => Trigger): Promise<void> {
  let arrived = 0;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const arrivals = await swarm.fire(trigger(attempt), 20_000);
    arrived = arrivals.latenciesMs.length;
    if (arrived === arrivals.expected) return;
    await sleep(1_000);
  }
  throw new Error(`After 5 attempts only ${arrived} subscribers got the event`);
}

let sequence = 0;

export const liveFanoutBench = defineBench<LiveFanoutFixture>({
  name: 'live-fanout',

  async setup({ database, options, log }) {
    const fixture = await createLiveThread(database.url, 'Live', options.subscribers);
    const payload = await withServer(
      () => startPlatform(database.url),
      (platform) =>
        captureNextPayload(
          platform.wsUrl,
          bearer(fixture.subscribers[0]!),
          POST_ADDED_SUBSCRIPTION,
          { threadId: fixture.threadId },
          async () => {
            const trigger = triggerFor('platform', platform, fixture, (sequence += 1));
            const res = await fetch(trigger.url, { method: 'POST', headers: trigger.headers, body: trigger.body });
            await res.arrayBuffer();
          },
        ),
    );
    log(`captured the platform's next payload (${payload.length} bytes): ${payload.slice(0, 160)}…`);
    return { ...fixture, payload };
  },

  async measure(side, fixture, { database, options }) {
    return withServer(
      () => startLiveServer(side, database.url, fixture.payload),
      async (server) => {
        const swarm = await openSwarm(server, fixture);
        try {
          await untilAllSubscribed(swarm, () => triggerFor(side, server, fixture, (sequence += 1)));
          const latencies: number[] = [];
          for (let i = 0; i < options.fanoutTriggers; i += 1) {
            await sleep(200);
            const arrivals = await swarm.fire(triggerFor(side, server, fixture, (sequence += 1)));
            if (arrivals.latenciesMs.length !== arrivals.expected) {
              throw new Error(`${side}: ${arrivals.latenciesMs.length} of ${arrivals.expected} subscribers got the event`);
            }
            latencies.push(...arrivals.latenciesMs);
          }
          return { 'live fan-out p50 ms': percentile(latencies, 50), 'live fan-out p99 ms': percentile(latencies, 99) };
        } finally {
          await swarm.close();
        }
      },
    );
  },
});
