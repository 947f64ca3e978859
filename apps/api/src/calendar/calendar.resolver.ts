import { Mutation, Resolver } from '@nestjs/graphql';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';

@Resolver()
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Mutation(() => String, {
    description: 'Een persoonlijke agenda-link (iCalendar) met de bijeenkomsten die je mag zien; vervangt de vorige.',
  })
  calendarFeedUrl(@CurrentViewer() viewer: Viewer) {
    return this.feeds.newFeedUrl(viewer);
  }

  @Mutation(() => Boolean, { description: 'Je persoonlijke agenda-link intrekken; true als er een was.' })
  revokeCalendarFeed(@CurrentViewer() viewer: Viewer) {
    return this.feeds.revoke(viewer);
  }
}
