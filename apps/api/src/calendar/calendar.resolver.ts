import { Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { CalendarFeedsService } from './calendar-feeds.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Mutation(() => String, { description: 'Een persoonlijke agenda-link (iCalendar) met de bijeenkomsten die je mag zien; vervangt de vorige.' })
  calendarFeedUrl(@Context() context: GraphqlContext) {
    return this.feeds.newFeedUrl(context.viewer!);
  }

  @Mutation(() => Boolean, { description: 'Je persoonlijke agenda-link intrekken; true als er een was.' })
  revokeCalendarFeed(@Context() context: GraphqlContext) {
    return this.feeds.revoke(context.viewer!);
  }
}
