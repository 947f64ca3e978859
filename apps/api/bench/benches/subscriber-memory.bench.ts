import { defineBench } from '../lib/harness';
import { sleep } from '../lib/processes';
import { rssKiB } from '../lib/rss';
import { withServer, type Server } from '../lib/servers';
import { createLiveThread, openSwarm, startLiveServer, triggerFor, untilAllSubscribed, type LiveThreadFixture } from './live-fanout.bench';

// Row 6: server memory per live subscriber: VmRSS of the server process before and after N subscribers connected
// (each settled ~2 s), (after − before) / N in KiB. Afterwards one event checks that all N subscriptions were live.
// As the HTTP benches warm up before their timed load, a warm-up swarm of N/10 subscribers connects and leaves first:
// the code that serving subscribers compiles and the heap it grows once are not a cost per subscriber. The figure
// from idle (the warm-up included) is reported as well.

const SETTLE_MS = 2_000;
/** The bare baseline sends this as every `next` payload; its size plays no part in idle memory. */
const PAYLOAD = '{"data":{"postAdded":{"id":"geheugen"}}}';

let sequence = 1_000_000;

export const subscriberMemoryBench = defineBench<LiveThreadFixture>({
  name: 'subscriber-memory',

  setup: ({ database, options }) => createLiveThread(database.url, 'Geheugen', options.subscribers),

  async measure(side, fixture, { database }) {
    return withServer(
      () => startLiveServer(side, database.url, PAYLOAD),
      async (server) => {
        await sleep(SETTLE_MS);
        const idle = rssKiB(server.pid);
        await warmUp(server, fixture);
        const before = rssKiB(server.pid);
        const swarm = await openSwarm(server, fixture);
        try {
          await sleep(SETTLE_MS);
          const after = rssKiB(server.pid);
          await untilAllSubscribed(swarm, () => triggerFor(side, server, fixture, (sequence += 1)));
          return {
            'KiB per live subscriber': (after - before) / fixture.subscribers.length,
            'KiB per subscriber from idle': (after - idle) / fixture.subscribers.length,
          };
        } finally {
          await swarm.close();
        }
      },
    );
  },
});

/** N/10 subscribers connect, settle and leave. */
async function warmUp(server: Server, fixture: LiveThreadFixture): Promise<void> {
  const few = { ...fixture, subscribers: fixture.subscribers.slice(0, Math.max(1, Math.ceil(fixture.subscribers.length / 10))) };
  const swarm = await openSwarm(server, few);
  await sleep(SETTLE_MS);
  await swarm.close();
  await sleep(SETTLE_MS);
}
