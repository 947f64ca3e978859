import { bearer, countPosts, createMembers, createThread, withDatabase, type Member } from '../lib/fixtures';
import { ADD_POST_MUTATION, graphqlBody, jsonHeaders, requireData } from '../lib/graphql';
import { defineBench, type Side } from '../lib/harness';
import { runLoad } from '../lib/load';
import { startBaseline, startPlatform, withServer, type Server } from '../lib/servers';

// Row 3: addPost to one thread at concurrency 16, each request a distinct body and no clientMutationId.
// Baseline: node:http + pg, one prepared INSERT … RETURNING and an EventEmitter emit (baselines/posting.server.ts).

export interface PostingFixture {
  threadId: string;
  author: Member;
}

const ADDED = /^\{"data":\{"addPost":\{"id":"[0-9a-f-]{36}"\}\}\}\s*$/;

export function startPostingServer(side: Side, databaseUrl: string): Promise<Server> {
  return side === 'platform' ? startPlatform(databaseUrl) : startBaseline('posting.server', { DATABASE_URL: databaseUrl });
}

/** A thread that only this bench posts to, and its author. */
export async function createPostingThread(databaseUrl: string, label: string): Promise<PostingFixture> {
  return withDatabase(databaseUrl, async (db) => {
    const [author] = await createMembers(db, label, 1);
    return { threadId: await createThread(db, author!, `Bench: ${label}`), author: author! };
  });
}

export async function addPost(server: Server, fixture: PostingFixture, body: string): Promise<string> {
  const data = await requireData<{ addPost: { id: string } }>(
    server.url,
    ADD_POST_MUTATION,
    { input: { threadId: fixture.threadId, body } },
    bearer(fixture.author),
  );
  return data.addPost.id;
}

export const postingBench = defineBench<PostingFixture>({
  name: 'posting',

  setup: ({ database }) => createPostingThread(database.url, 'Posting'),

  async measure(side, fixture, { database, options }, run) {
    return withServer(
      () => startPostingServer(side, database.url),
      async (server) => {
        await addPost(server, fixture, `Controle ${side} ${run}`);
        let sequence = 0;
        const load = (seconds: number, phase: string) =>
          runLoad({
            url: `${server.url}/graphql`,
            method: 'POST',
            headers: jsonHeaders(bearer(fixture.author)),
            nextBody: () => {
              sequence += 1;
              return graphqlBody(ADD_POST_MUTATION, {
                input: { threadId: fixture.threadId, body: `Bijdrage ${side} ${run} ${phase} ${sequence}` },
              });
            },
            verifyBody: (body) => ADDED.test(body),
            connections: options.connections,
            seconds,
          });
        await load(options.warmupSeconds, 'opwarmen');
        const before = await withDatabase(database.url, (db) => countPosts(db, fixture.threadId));
        const result = await load(options.seconds, 'meting');
        const after = await withDatabase(database.url, (db) => countPosts(db, fixture.threadId));
        if (after - before < result.succeeded) {
          throw new Error(`${side}: ${result.succeeded} good addPost answers but ${after - before} new rows in post`);
        }
        return { 'addPost req/s': result.requestsPerSecond };
      },
    );
  },
});
