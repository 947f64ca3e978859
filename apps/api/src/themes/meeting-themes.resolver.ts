import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/decorators';
import { STAFF } from '../common/auth/auth.guard';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { Meeting } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import { CarryForwardService } from './carry-forward.service';
import { ThemeModel } from './theme.model';
import { ThemesService } from './themes.service';
import type { NoArgs } from '../common/graphql/field-resolver';

/** The themes side of a meeting: the themes collected there, and carrying adopted ones forward. */
@Resolver(() => MeetingModel)
export class MeetingThemesResolver {
  constructor(
    private readonly themesService: ThemesService,
    private readonly carry: CarryForwardService,
  ) {}

  @ResolveField(() => [ThemeModel], { description: 'Thema’s verzameld op deze bijeenkomst, meest gesteund eerst.' })
  themes(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return this.themesService.collectedAt(context, meeting.id);
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, {
    description: 'Aangenomen thema’s van een bijeenkomst op de agenda van de volgende zetten (zonder dubbels).',
  })
  carryForwardThemes(
    @Args('fromMeetingId', { type: () => ID }) fromMeetingId: string,
    @Args('toMeetingId', { type: () => ID }) toMeetingId: string,
  ) {
    return this.carry.carryForward(fromMeetingId, toMeetingId);
  }
}
