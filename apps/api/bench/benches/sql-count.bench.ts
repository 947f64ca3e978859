import { bearer } from '../lib/fixtures';
import { postGraphql, THREAD_PAGE_QUERY } from '../lib/graphql';
import { defineBench } from '../lib/harness';
import { startBaseline, startPlatform, withServer, type Server } from '../lib/servers';
import { sqlPerRequest } from '../lib/sql-count';
import { addPost, createPostingThread, type PostingFixture } from './posting.bench';
import { createThreadPage } from './thread-page.bench';

// Row 2 (and the SQL figure of row 3): SQL statements per thread-page request and per addPost. The platform runs with
// TEST_SQL_COUNTER=true (NODE_ENV=test, so apart from the timed benches); the baselines count their own (1 each).

interface SqlCountFixture {
  page: Awaited<ReturnType<typeof createThreadPage>>;
  posting: PostingFixture;
}

/** Requests per figure: the count must not depend on how many, so a few suffice. */
const REQUESTS = 5;

async function count(threadPage: Server, posting: Server, fixture: SqlCountFixture, label: string) {
  return {
    'SQL statements / thread page': await sqlPerRequest(threadPage.url, REQUESTS, async () => {
      const answer = await postGraphql(threadPage.url, THREAD_PAGE_QUERY, { id: fixture.page.threadId }, bearer(fixture.page.viewer));
      if (answer.errors || !answer.data) throw new Error(`thread page: ${JSON.stringify(answer).slice(0, 500)}`);
    }),
    'SQL statements / addPost': await sqlPerRequest(posting.url, REQUESTS, async (i) => {
      await addPost(posting, fixture.posting, `Telling ${label} ${i}`);
    }),
  };
}

export const sqlCountBench = defineBench<SqlCountFixture>({
  name: 'sql-count',

  async setup({ database }) {
    return { page: await createThreadPage(database.url), posting: await createPostingThread(database.url, 'SQL-telling') };
  },

  async measure(side, fixture, { database }, run) {
    if (side === 'platform') {
      return withServer(
        () => startPlatform(database.url, 'sql-counter'),
        (platform) => count(platform, platform, fixture, `platform ${run}`),
      );
    }
    return withServer(
      () => startBaseline('thread-page.server', { DATABASE_URL: database.url }),
      (threadPage) =>
        withServer(
          () => startBaseline('posting.server', { DATABASE_URL: database.url }),
          (posting) => count(threadPage, posting, fixture, `baseline ${run}`),
        ),
    );
  },
});
