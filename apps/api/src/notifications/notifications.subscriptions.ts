import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { EventScopes } from '../common/graphql/event-scope';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { NotificationModel } from './notification.model';
import { notificationChannel, NotificationsService, type NotificationEvent } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationSubscriptions {
  constructor(
    private readonly pubSub: PubSubEngine,
    private readonly notifications: NotificationsService,
    private readonly scopes: EventScopes,
  ) {}

  @Subscription(() => NotificationModel, {
    description: 'Je eigen nieuwe meldingen, live.',
    filter: (payload: NotificationEvent, _args: unknown, context: GraphqlContext) => payload.userId === context.viewer?.userId,
    resolve(this: NotificationSubscriptions, payload: NotificationEvent, _args: unknown, context: GraphqlContext) {
      return this.notifications.byIdBatched(this.scopes.join(context, payload.eventId), payload.notificationId);
    },
  })
  notificationAdded(@Context() context: GraphqlContext) {
    return this.pubSub.asyncIterableIterator(notificationChannel(context.viewer!.userId));
  }
}
