import type { Request } from 'express';
import { isNetworkMember } from '../../common/auth/viewer';
import type { SqlClient } from '../../common/database/sql-client';
import { sessionCookieOf } from '../../auth/session-cookie';
import type { SessionsService } from '../../auth/sessions.service';
import type { ThreadHeadRow } from './page-heads';

const THREAD_HEAD_SQL = `
  select t.title, u.display_name as author_name,
         p.id as pilot_project_id, p.title as pilot_project_title,
         th.id as theme_id, th.title as theme_title,
         m.id as meeting_id, m.title as meeting_title
    from thread t
    join app_user u on u.id = t.author_id
    left join pilot_project p on p.id = t.pilot_project_id
    left join theme th on th.id = t.theme_id
    left join meeting m on m.id = t.meeting_id
   where t.id = $1`;

/** A thread's header for the first paint: discussions are for members only, so only a member's request gets one. */
export function threadHeadSource(sessions: SessionsService, sql: SqlClient) {
  return async (req: Request, id: string): Promise<ThreadHeadRow | null> => {
    const token = sessionCookieOf(req);
    const viewer = token ? await sessions.viewerForToken(token) : null;
    if (!isNetworkMember(viewer)) return null;
    const rows = await sql.query<ThreadHeadRow & Record<string, unknown>>('first-paint-thread-head', THREAD_HEAD_SQL, [id]);
    return rows.at(0) ?? null;
  };
}
