import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { EventScopes } from '../common/graphql/event-scope';
import { LiveTopic } from '../common/graphql/live/live-topic';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { NotificationModel } from './notification.model';
import { notificationChannel, NotificationsService, type NotificationEvent } from './notifications.service';

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
  notificationAdded(@Context() context: GraphqlContext) {
    return new LiveTopic(notificationChannel(context.viewer!.userId), ownNotification);
  }
}
