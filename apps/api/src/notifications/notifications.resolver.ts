import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Je eigen meldingen, nieuwste eerst.' })
  notifications(
    @Context() context: GraphqlContext,
    @Args() page: PageArgs,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
  ) {
    return this.notificationsService.list(context.viewer!, unreadOnly ?? false, page.first, page.after);
  }

  @Query(() => Int)
  unreadNotificationCount(@Context() context: GraphqlContext) {
    return this.notificationsService.unreadCount(context.viewer!);
  }

  @Mutation(() => Int, { description: 'Markeert de gegeven (of alle) meldingen als gelezen.' })
  markNotificationsRead(
    @Context() context: GraphqlContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ) {
    return this.notificationsService.markRead(context.viewer!, ids);
  }
}
