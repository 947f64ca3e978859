import { Resolver, Subscription } from '@nestjs/graphql';
import { EventScopes } from '../common/graphql/event-scope';
import { LiveTopic } from '../common/graphql/live/live-topic';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { NotificationModel } from './notification.model';
import { notificationChannel, NotificationsService, type NotificationEvent } from './notifications.service';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';

const ownNotification = (payload: NotificationEvent, context: GraphqlContext) => payload.userId === context.viewer?.userId;

@Resolver(() => NotificationModel)
export class NotificationSubscriptions {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly scopes: EventScopes,
  ) {}

  @Subscription(() => NotificationModel, {
    description: 'Je eigen nieuwe meldingen, live.',
    resolve(this: NotificationSubscriptions, payload: NotificationEvent, _args: unknown, context: GraphqlContext) {
      return this.notifications.byIdBatched(this.scopes.join(context, payload.eventId), payload.notificationId);
    },
  })
  notificationAdded(@CurrentViewer() viewer: Viewer) {
    return new LiveTopic(notificationChannel(viewer.userId), ownNotification);
  }
}
