import { Client } from 'pg';
import { createDatabaseFromTemplate, dropDatabase } from '../testing/test-database';
import { prepareTemplates, startTestPostgres } from '../testing/test-postgres';

// Dutch full-text search over many posts: the stored, GIN-indexed vector (what search uses) side by side with the
// same vector computed per row (what it used before), in one run. Reported as time per query and as a ratio.

const POSTS = Number(process.env['BENCH_SEARCH_POSTS'] ?? 20_000);
const RUNS = Number(process.env['BENCH_SEARCH_RUNS'] ?? 15);
const WORDS = ['onthaal', 'nieuwkomers', 'taalcafé', 'inburgering', 'gemeenten', 'samenwerking', 'OCMW', 'vrijwilligers', 'wachtlijst', 'huisvesting'];
const QUERIES = ['wachtlijst huisvesting', 'taalcafé', 'zeldzaamwoord'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(db: Client, sql: string, query: string): Promise<number> {
  const started = process.hrtime.bigint();
  await db.query(sql, [query]);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main(): Promise<void> {
  const postgres = await startTestPostgres();
  await prepareTemplates(postgres.serverUrl);
  const databaseUrl = await createDatabaseFromTemplate(postgres.serverUrl, 'demo');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const thread = (await db.query('select id from thread limit 1')).rows[0]?.id as string | undefined;
    const threadId =
      thread ??
      (
        await db.query(
          `insert into thread (id, title, author_id, theme_id) select gen_random_uuid(), 'Bench', (select id from app_user limit 1), (select id from theme limit 1) returning id`,
        )
      ).rows[0].id;
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
    const indexed = `select id from post where search_vector @@ websearch_to_tsquery('dutch', $1) order by ts_rank(search_vector, websearch_to_tsquery('dutch', $1)) desc limit 20`;
    const computed = `select id from post where setweight(to_tsvector('dutch', coalesce(body, '')), 'C') @@ websearch_to_tsquery('dutch', $1) order by ts_rank(setweight(to_tsvector('dutch', coalesce(body, '')), 'C'), websearch_to_tsquery('dutch', $1)) desc limit 20`;
    console.log(`search over ${POSTS} posts, median of ${RUNS} runs per query (ms); baseline = vector computed per row`);
    console.log('query'.padEnd(24), 'computed'.padStart(10), 'indexed'.padStart(10), 'ratio'.padStart(8));
    for (const query of QUERIES) {
      await timed(db, indexed, query);
      await timed(db, computed, query);
      const a: number[] = [];
      const b: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        a.push(await timed(db, computed, query));
        b.push(await timed(db, indexed, query));
      }
      const [slow, fast] = [median(a), median(b)];
      console.log(query.padEnd(24), slow.toFixed(1).padStart(10), fast.toFixed(1).padStart(10), `${(fast / slow).toFixed(3)}`.padStart(8));
    }
    const plan = (await db.query(`explain ${indexed.replaceAll('$1', `'zeldzaamwoord'`)}`)).rows.map((row) => row['QUERY PLAN']).join('\n');
    console.log(plan.includes('post_search_vector_index') ? 'plan for a rare word: uses post_search_vector_index' : `plan for a rare word does NOT use the index:\n${plan}`);
  } finally {
    await db.end();
    await dropDatabase(databaseUrl).catch(() => undefined);
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
