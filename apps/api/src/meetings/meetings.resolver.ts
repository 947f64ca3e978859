import { Public } from '../common/auth/decorators';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isNetworkMember } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { AgendaItemModel, MeetingConnection, MeetingFilter, MeetingModel } from './meeting.model';
import type { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(private readonly meetingsService: MeetingsService) {}

  @Public()
  @Query(() => MeetingConnection, { description: 'Bijeenkomsten; bezoekers zien enkel de publieke.' })
  meetings(
    @Context() context: GraphqlContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter?: MeetingFilter | null,
  ) {
    return this.meetingsService.list(context.viewer, filter, page.first, page.after);
  }

  @Public()
  @Query(() => MeetingModel, { nullable: true })
  meeting(@Context() context: GraphqlContext, @Args('id', { type: () => ID }) id: string) {
    return this.meetingsService.byId(context.viewer, id);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(@Parent() meeting: Meeting, @Context() context: GraphqlContext) {
    return this.meetingsService.agendaOf(context, meeting.id);
  }

  @ResolveField(() => Int)
  registrationCount(@Parent() meeting: Meeting, @Context() context: GraphqlContext) {
    return this.meetingsService.registrationCount(context, meeting.id);
  }

  @ResolveField(() => Boolean)
  viewerIsRegistered(@Parent() meeting: Meeting, @Context() context: GraphqlContext) {
    return this.meetingsService.viewerIsRegistered(context, meeting.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Verslag; enkel voor leden van het netwerk.' })
  minutes(@Parent() meeting: Meeting, @Context() context: GraphqlContext) {
    return isNetworkMember(context.viewer) ? (meeting.minutes ?? null) : null;
  }
}
