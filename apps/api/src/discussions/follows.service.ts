import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';

export type FollowTarget = { threadId: string } | { themeId: string };

/** Following threads and themes. Idempotent: following twice is one follow. */
@Injectable()
export class FollowsService {
  constructor(private readonly em: EntityManager) {}

  async follow(userId: string, target: FollowTarget, em: EntityManager = this.em): Promise<void> {
    const [column, id] = 'threadId' in target ? ['thread_id', target.threadId] : ['theme_id', target.themeId];
    await em
      .getConnection()
      .execute(`insert into follow (id, user_id, ${column}) values (gen_random_uuid(), ?, ?) on conflict do nothing`, [userId, id], 'run', em.getTransactionContext());
  }

  async unfollow(userId: string, target: FollowTarget): Promise<void> {
    const [column, id] = 'threadId' in target ? ['thread_id', target.threadId] : ['theme_id', target.themeId];
    await this.em.getConnection().execute(`delete from follow where user_id = ? and ${column} = ?`, [userId, id]);
  }

  /** Followers of a thread and of its theme who are still members of the network. */
  async followersOf(threadId: string, themeId: string | null, em: EntityManager = this.em): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await em.getConnection().execute(
      `select distinct f.user_id from follow f join app_user u on u.id = f.user_id and u.deactivated_at is null
        where (f.thread_id = ? or (f.theme_id is not null and f.theme_id = ?))
          and (u.role <> 'MEMBER' or exists (select 1 from membership m where m.user_id = u.id))`,
      [threadId, themeId],
      'all',
      em.getTransactionContext(),
    );
    return rows.map((row) => row.user_id);
  }

  viewerFollowsThread(context: GraphqlContext, viewer: Viewer, threadId: string): Promise<boolean> {
    return loaderFor<string, boolean>(context, `follow.thread:${viewer.userId}`, async (ids) => {
      const rows: Array<{ thread_id: string }> = await this.em
        .getConnection()
        .execute('select thread_id from follow where user_id = ? and thread_id in (?)', [viewer.userId, [...ids]]);
      const followed = new Set(rows.map((row) => row.thread_id));
      return ids.map((id) => followed.has(id));
    }).load(threadId);
  }
}
