import { requireSameContent } from '../lib/compare';
import { addPosts, bearer, createMembers, createThread, withDatabase, type Member } from '../lib/fixtures';
import { graphqlBody, jsonHeaders, postGraphql, THREAD_PAGE_QUERY } from '../lib/graphql';
import { defineBench, type Side } from '../lib/harness';
import { runLoad } from '../lib/load';
import { startBaseline, startPlatform, withServer, type Server } from '../lib/servers';

// Row 1: one thread with 50 posts by 3 authors, with the authors' organisations, read by a member at concurrency 16.
// Baseline: node:http + pg, one json_agg statement (baselines/thread-page.server.ts).

export interface ThreadPageFixture {
  threadId: string;
  viewer: Member;
  /** The platform's answer, parsed: every answer of either side must carry exactly this. */
  expected: unknown;
}

const POSTS = 50;
/** A thread in the answer (PostgreSQL's json puts spaces around the colons, Apollo does not). */
const ANSWERED = /^\{"data"\s*:\s*\{"thread"\s*:\s*\{/;

export function startThreadPageServer(side: Side, databaseUrl: string): Promise<Server> {
  return side === 'platform' ? startPlatform(databaseUrl) : startBaseline('thread-page.server', { DATABASE_URL: databaseUrl });
}

async function fetchPage(server: Server, fixture: Pick<ThreadPageFixture, 'threadId' | 'viewer'>): Promise<unknown> {
  return postGraphql(server.url, THREAD_PAGE_QUERY, { id: fixture.threadId }, bearer(fixture.viewer));
}

/** A thread of 50 posts by 3 authors (one of them in two organisations), and a member who reads it. */
export async function createThreadPage(databaseUrl: string): Promise<Pick<ThreadPageFixture, 'threadId' | 'viewer'>> {
  return withDatabase(databaseUrl, async (db) => {
    const authors = await createMembers(db, 'Auteur', 3, (i) => (i === 1 ? 2 : 1));
    const [viewer] = await createMembers(db, 'Lezer', 1);
    const threadId = await createThread(db, authors[0]!, 'Onthaal van nieuwkomers: hoe doen jullie het?');
    await addPosts(db, threadId, authors, POSTS);
    return { threadId, viewer: viewer! };
  });
}

export const threadPageBench = defineBench<ThreadPageFixture>({
  name: 'thread-page',

  async setup({ database, log }) {
    const page = await createThreadPage(database.url);
    const expected = await withServer(
      () => startThreadPageServer('platform', database.url),
      (server) => fetchPage(server, page),
    );
    const nodes = (expected as { data?: { thread?: { posts?: { nodes?: unknown[] } } } }).data?.thread?.posts?.nodes;
    if (!nodes || nodes.length !== POSTS)
      throw new Error(`The platform did not answer a thread with ${POSTS} posts: ${JSON.stringify(expected).slice(0, 1000)}`);
    const baseline = await withServer(
      () => startThreadPageServer('baseline', database.url),
      (server) => fetchPage(server, page),
    );
    requireSameContent('thread page', expected, baseline);
    log(`platform and baseline answer the same (${JSON.stringify(expected).length} bytes of JSON)`);
    return { ...page, expected };
  },

  async measure(side, fixture, { database, options }) {
    return withServer(
      () => startThreadPageServer(side, database.url),
      async (server) => {
        requireSameContent(`thread page (${side})`, fixture.expected, await fetchPage(server, fixture));
        const load = {
          url: `${server.url}/graphql`,
          method: 'POST' as const,
          headers: jsonHeaders(bearer(fixture.viewer)),
          body: graphqlBody(THREAD_PAGE_QUERY, { id: fixture.threadId }),
          verifyBody: (body: string) => ANSWERED.test(body),
          connections: options.connections,
        };
        await runLoad({ ...load, seconds: options.warmupSeconds });
        const result = await runLoad({ ...load, seconds: options.seconds });
        return { 'thread page req/s': result.requestsPerSecond, 'thread page p50 ms': result.p50Ms };
      },
    );
  },
});
