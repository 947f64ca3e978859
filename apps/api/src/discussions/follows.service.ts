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
      .execute(
        `insert into follow (id, user_id, ${column}) values (gen_random_uuid(), ?, ?) on conflict do nothing`,
        [userId, id],
        'run',
        em.getTransactionContext(),
      );
  }

  async unfollow(userId: string, target: FollowTarget): Promise<void> {
    const [column, id] = 'threadId' in target ? ['thread_id', target.threadId] : ['theme_id', target.themeId];
    await this.em.getConnection().execute(`delete from follow where user_id = ? and ${column} = ?`, [userId, id]);
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
