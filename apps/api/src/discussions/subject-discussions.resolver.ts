import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isNetworkMember } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { NoArgs } from '../common/graphql/field-resolver';
import { offsetConnection, PageArgs } from '../common/graphql/pagination';
import type { Meeting } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import type { Theme } from '../themes/theme.entity';
import { ThemeModel } from '../themes/theme.model';
import { ThreadConnection } from './discussion.models';
import { buildMap, ThemeMapService } from './theme-map.service';
import { ThemeMapModel } from './theme-map.model';
import { ThreadsService } from './threads.service';

/** The discussions of a meeting. */
@Resolver(() => MeetingModel)
export class MeetingDiscussionsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadConnection, { description: 'Discussies over deze bijeenkomst (enkel voor leden; anders leeg).' })
  threads(@Parent() meeting: Meeting, @Context() context: GraphqlContext, @Args() page: PageArgs) {
    if (!isNetworkMember(context.viewer)) return offsetConnection([], 0, 0);
    return this.threadsService.list({ meetingId: meeting.id }, page.first, page.after);
  }
}

/** The discussions of a theme, and the map drawn from their posts. */
@Resolver(() => ThemeModel)
export class ThemeDiscussionsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly maps: ThemeMapService,
  ) {}

  @ResolveField(() => ThreadConnection, { description: 'Discussies over dit thema (enkel voor leden; anders leeg).' })
  threads(@Parent() theme: Theme, @Context() context: GraphqlContext, @Args() page: PageArgs) {
    if (!isNetworkMember(context.viewer)) return offsetConnection([], 0, 0);
    return this.threadsService.list({ themeId: theme.id }, page.first, page.after);
  }

  @ResolveField(() => ThemeMapModel, { description: 'De kaart van het thema (enkel voor leden; anders leeg).' })
  map(theme: Theme, _args: NoArgs, context: GraphqlContext) {
    return isNetworkMember(context.viewer) ? this.maps.mapOf(context, theme.id) : buildMap([]);
  }
}
