import { Client } from 'pg';
import { createBenchDatabase, type BenchDatabase } from '../lib/database';
import { defineBench } from '../lib/harness';
import { median } from '../lib/stats';

// Dutch full-text search over many posts (moved from src/bench): the stored, GIN-indexed vector the platform's search
// uses, against the same vector computed per row (what it used before) as the baseline. Time per query, in SQL only.

const POSTS = Number(process.env['BENCH_SEARCH_POSTS'] ?? 20_000);
/** Timed executions per query per side and run; the figure is their median. */
const TIMINGS = Number(process.env['BENCH_SEARCH_RUNS'] ?? 15);
const WORDS = [
  'onthaal',
  'nieuwkomers',
  'taalcafé',
  'inburgering',
  'gemeenten',
  'samenwerking',
  'OCMW',
  'vrijwilligers',
  'wachtlijst',
  'huisvesting',
];
const QUERIES = ['wachtlijst huisvesting', 'taalcafé', 'zeldzaamwoord'];

const INDEXED = `select id from post where search_vector @@ websearch_to_tsquery('dutch', $1) order by ts_rank(search_vector, websearch_to_tsquery('dutch', $1)) desc limit 20`;
const COMPUTED = `select id from post where setweight(to_tsvector('dutch', coalesce(body, '')), 'C') @@ websearch_to_tsquery('dutch', $1) order by ts_rank(setweight(to_tsvector('dutch', coalesce(body, '')), 'C'), websearch_to_tsquery('dutch', $1)) desc limit 20`;

interface SearchFixture {
  database: BenchDatabase;
  db: Client;
}

async function timed(db: Client, sql: string, query: string): Promise<number> {
  const started = process.hrtime.bigint();
  await db.query(sql, [query]);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export const searchBench = defineBench<SearchFixture>({
  name: 'search',

  async setup({ serverUrl, log }) {
    // A database of its own: 20,000 posts would weigh on the other benches.
    const database = await createBenchDatabase(serverUrl, 'search');
    const db = new Client({ connectionString: database.url });
    try {
      await db.connect();
      const threadId = (
        await db.query<{ id: string }>(
          `insert into thread (id, title, author_id, theme_id) select gen_random_uuid(), 'Bench', (select id from app_user limit 1), (select id from theme limit 1) returning id`,
        )
      ).rows[0]!.id;
      // Posts of 20–60 words drawn from a small vocabulary, plus filler; one in a thousand has a rare word.
      await db.query(
        `insert into post (id, thread_id, author_id, body, body_html, kind)
         select gen_random_uuid(), $1, (select id from app_user limit 1),
                (select string_agg(case when random() < 0.3 then ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int] else 'tekst' || (floor(random() * 500))::int end, ' ')
                   from generate_series(1, 20 + (i % 40))) || case when i % 1000 = 0 then ' zeldzaamwoord' else '' end,
                '',
                'COMMENT'
           from generate_series(1, $3) as i`,
        [threadId, WORDS, POSTS],
      );
      await db.query('analyze post');
      const plan = (await db.query(`explain ${INDEXED.replaceAll('$1', `'zeldzaamwoord'`)}`)).rows
        .map((row: Record<string, string>) => row['QUERY PLAN'])
        .join('\n');
      log(
        plan.includes('post_search_vector_index')
          ? `${POSTS} posts; plan for a rare word uses post_search_vector_index`
          : `plan for a rare word does NOT use the index:\n${plan}`,
      );
    } catch (error) {
      await db.end().catch(() => undefined);
      await database.drop().catch(() => undefined);
      throw error;
    }
    return { database, db };
  },

  async measure(side, { db }) {
    const sql = side === 'platform' ? INDEXED : COMPUTED;
    const figures: Record<string, number> = {};
    for (const query of QUERIES) {
      await timed(db, sql, query);
      const times: number[] = [];
      for (let i = 0; i < TIMINGS; i += 1) times.push(await timed(db, sql, query));
      figures[`search "${query}" ms`] = median(times);
    }
    return figures;
  },

  async teardown({ database, db }) {
    await db.end();
    await database.drop();
  },
});
