import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { readBody, requiredEnv, sendJson, serveBare, sqlCounter } from './bare-http';

// Baseline of addPost: node:http, a pg Pool, ONE prepared INSERT … RETURNING into the same post table (the author is
// the member whose live session the bearer token is, so the token is checked in the same statement), then an
// in-process EventEmitter emit, as a live fan-out would start from. No Markdown rendering: body_html is the escaped body.

const pool = new Pool({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
const events = new EventEmitter();
events.on('postAdded', () => undefined);

const INSERT_POST_SQL = `
insert into post (id, thread_id, author_id, body, body_html, kind)
select gen_random_uuid(), $1, s.user_id, $3, $4, 'COMMENT'
  from auth_session s
 where s.token_hash = $2 and s.revoked_at is null and s.expires_at > now()
returning id`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

serveBare(
  async (req, res) => {
    const request = JSON.parse(await readBody(req)) as { variables?: { input?: { threadId?: string; body?: string } } };
    const input = request.variables?.input ?? {};
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    sqlCounter.count += 1;
    const { rows } = await pool.query<{ id: string }>({
      name: 'insert-post',
      text: INSERT_POST_SQL,
      values: [input.threadId, createHash('sha256').update(token).digest('hex'), input.body, `<p>${escapeHtml(input.body ?? '')}</p>\n`],
    });
    const id = rows[0]?.id;
    if (!id)
      return sendJson(
        res,
        200,
        JSON.stringify({ errors: [{ message: 'Niet aangemeld.', extensions: { code: 'UNAUTHENTICATED' } }], data: null }),
      );
    events.emit('postAdded', { threadId: input.threadId, postId: id });
    sendJson(res, 200, JSON.stringify({ data: { addPost: { id } } }));
  },
  () => pool.end(),
);
