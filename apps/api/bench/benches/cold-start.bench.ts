import { performance } from 'node:perf_hooks';
import { API_MAIN } from '../lib/built-api';
import { graphqlBody, jsonHeaders, TYPENAME_QUERY } from '../lib/graphql';
import { defineBench, type Side } from '../lib/harness';
import { benchPort } from '../lib/ports';
import { ProcessDiedError, sleep, spawnNode } from '../lib/processes';
import { baselineScript, platformEnv } from '../lib/servers';

// Row 5: from spawning the process to the first good answer to POST /graphql {"query":"{ __typename }"}, polled
// every ~10 ms. The platform starts on the migrated, seeded bench database (MIGRATE_ON_START and SEED_DEMO at their
// production defaults: nothing to migrate, no seeding). Baseline: connect, `select 1`, listen (baselines/cold-start.server.ts).

const POLL_MS = 10;
const TIMEOUT_MS = 120_000;

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: jsonHeaders(),
      body: graphqlBody(TYPENAME_QUERY),
      signal: AbortSignal.timeout(5_000),
    });
    const text = await res.text();
    return res.ok && (JSON.parse(text) as { data?: { __typename?: string } }).data?.__typename === 'Query';
  } catch {
    return false;
  }
}

/** Milliseconds from spawn to the first good answer. */
async function coldStart(side: Side, databaseUrl: string): Promise<number> {
  const port = await benchPort();
  const env = side === 'platform' ? platformEnv(databaseUrl, port) : { DATABASE_URL: databaseUrl, PORT: String(port) };
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = performance.now();
  const child = spawnNode(`${side} cold start`, side === 'platform' ? API_MAIN : baselineScript('cold-start.server'), env);
  try {
    for (;;) {
      if (await answers(url)) return performance.now() - started;
      if (child.diedOnItsOwn()) throw new ProcessDiedError(child, 'before it answered');
      if (performance.now() - started > TIMEOUT_MS)
        throw new Error(`${side} did not answer within ${TIMEOUT_MS / 1000} s:\n${child.output()}`);
      await sleep(POLL_MS);
    }
  } finally {
    await child.stop();
  }
}

export const coldStartBench = defineBench<null>({
  name: 'cold-start',

  async setup({ database }) {
    // One start of each, unmeasured: the files are in the page cache for every measured start.
    await coldStart('platform', database.url);
    await coldStart('baseline', database.url);
    return null;
  },

  async measure(side, _fixture, { database }) {
    return { 'cold start ms': await coldStart(side, database.url) };
  },
});
