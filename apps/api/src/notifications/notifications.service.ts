import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import type { User } from '../people/user.entity';
import { Notification } from './notification.entity';

export interface NotificationEvent {
  eventId: string;
  userId: string;
  notificationId: string;
}

export const notificationChannel = (userId: string) => `notification:${userId}`;

export interface NotificationDraft {
  kind: string;
  subject: string;
  link: string;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubSub: PubSubEngine,
  ) {}

  /** After the commit: delivers each saved notification live to its person (notificationAdded). E-mail is a job. */
  async announce(notifications: Notification[]): Promise<void> {
    for (const notification of notifications) {
      const event: NotificationEvent = { eventId: randomUUID(), userId: notification.user.id, notificationId: notification.id };
      await this.pubSub.publish(notificationChannel(notification.user.id), event);
    }
  }

  /** Adds notifications inside the caller's unit of work: they are saved with the change they announce. */
  queue(em: EntityManager, userIds: string[], draft: NotificationDraft): Notification[] {
    return [...new Set(userIds)].map((userId) => em.create(Notification, { user: em.getReference<User>('User', userId), ...draft }));
  }

  async list(viewer: Viewer, unreadOnly: boolean, first?: number | null, after?: string | null): Promise<Connection<Notification>> {
    const limit = pageSize(first);
    const offset = decodeOffsetCursor(after);
    const [nodes, total] = await this.em.findAndCount(
      Notification,
      { user: viewer.userId, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset },
    );
    return offsetConnection(nodes, offset, total);
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<Notification | null> {
    return loaderFor<string, Notification | null>(context, 'notification.byId', async (ids) => {
      const rows = await this.em.find(Notification, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.em.count(Notification, { user: viewer.userId, readAt: null });
  }

  /** Marks the given (or all) unread notifications of the viewer read; returns how many changed. */
  async markRead(viewer: Viewer, ids: string[] | null | undefined): Promise<number> {
    const validIds = ids?.filter(isUuid);
    if (ids && validIds!.length === 0) return 0;
    return this.em.nativeUpdate(
      Notification,
      { user: viewer.userId, readAt: null, ...(validIds ? { id: { $in: validIds } } : {}) },
      { readAt: new Date() },
    );
  }
}
