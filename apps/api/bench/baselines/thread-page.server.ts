import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { readBody, requiredEnv, sendJson, serveBare, sqlCounter } from './bare-http';

// Baseline of the thread page: node:http and a pg Pool (as large as the platform's), ONE statement per request that
// checks the bearer token (a live session of a member, like the platform's members-only check) and builds the whole
// `{"data":{"thread":…}}` answer with json_agg, in the shape and order the platform gives.

const pool = new Pool({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });

const THREAD_PAGE_SQL = `
select json_build_object('data', json_build_object('thread', (
         select json_build_object(
                  'id', t.id,
                  'title', t.title,
                  'posts', json_build_object('nodes', coalesce((
                    select json_agg(json_build_object(
                             'id', p.id,
                             'body', case when p.deleted_at is null and p.hidden_at is null then p.body end,
                             'bodyHtml', case when p.deleted_at is null and p.hidden_at is null then p.body_html end,
                             'createdAt', to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                             'author', json_build_object(
                               'id', u.id,
                               'displayName', u.display_name,
                               'memberships', coalesce((
                                 select json_agg(json_build_object('organisation', json_build_object('id', o.id, 'name', o.name)) order by m.created_at)
                                   from membership m join organisation o on o.id = m.organisation_id
                                  where m.user_id = u.id), '[]'::json)))
                           order by p.created_at, p.id)
                      from (select * from post where thread_id = t.id order by created_at, id limit 50) p
                      join app_user u on u.id = p.author_id), '[]'::json)))
           from thread t where t.id = $1)))::text as body
  from auth_session s
  join app_user viewer on viewer.id = s.user_id and viewer.deactivated_at is null
 where s.token_hash = $2 and s.revoked_at is null and s.expires_at > now()
   and (viewer.role <> 'MEMBER' or exists (select 1 from membership vm where vm.user_id = viewer.id))`;

const UNAUTHENTICATED = JSON.stringify({ errors: [{ message: 'Niet aangemeld.', extensions: { code: 'UNAUTHENTICATED' } }], data: null });

serveBare(
  async (req, res) => {
    const request = JSON.parse(await readBody(req)) as { variables?: { id?: string } };
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    sqlCounter.count += 1;
    const { rows } = await pool.query<{ body: string }>({
      name: 'thread-page',
      text: THREAD_PAGE_SQL,
      values: [request.variables?.id, createHash('sha256').update(token).digest('hex')],
    });
    if (rows.length === 0) return sendJson(res, 200, UNAUTHENTICATED);
    sendJson(res, 200, rows[0]!.body);
  },
  () => pool.end(),
);
