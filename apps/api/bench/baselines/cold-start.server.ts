import { Client } from 'pg';
import { requiredEnv, sendJson, serveBare } from './bare-http';

// Baseline of the cold start: connect to PostgreSQL and run `select 1`, then listen and answer
// POST /graphql {"query":"{ __typename }"} as the platform does.

async function main(): Promise<void> {
  const db = new Client({ connectionString: requiredEnv('DATABASE_URL') });
  await db.connect();
  await db.query('select 1');
  serveBare(
    (req, res) => {
      if (req.method !== 'POST' || req.url !== '/graphql') return sendJson(res, 404, '{"error":"not found"}');
      req.resume();
      sendJson(res, 200, '{"data":{"__typename":"Query"}}');
    },
    () => db.end(),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
