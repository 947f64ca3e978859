import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { MembersOnly, Roles } from '../common/auth/decorators';
import { STAFF } from '../common/auth/auth.guard';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PlanMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import { MeetingModel } from './meeting.model';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingRegistrationModel } from './registration.models';
import { RegistrationsService } from './registrations.service';

@Resolver(() => MeetingModel)
export class MeetingMutationsResolver {
  constructor(
    private readonly planning: MeetingPlanningService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, { description: 'Een bijeenkomst plannen (facilitatoren).' })
  planMeeting(@Args('input') input: PlanMeetingInput, @Context() context: GraphqlContext) {
    return this.planning.plan(context.viewer!, input, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, { description: 'Wijzigen; een verouderde expectedVersion geeft CONFLICT.' })
  updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeetingInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() context: GraphqlContext,
  ) {
    return this.planning.update(id, input, expectedVersion, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingModel)
  cancelMeeting(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @Context() context: GraphqlContext) {
    return this.planning.cancel(id, reason, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, { description: 'Het verslag bijhouden; een verouderde expectedVersion geeft CONFLICT.' })
  recordMinutes(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('minutes') minutes: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() context: GraphqlContext,
  ) {
    return this.planning.recordMinutes(meetingId, minutes, expectedVersion, context.locale);
  }

  @MembersOnly()
  @Mutation(() => MeetingModel, { description: 'Inschrijven; is de bijeenkomst vol, dan kom je op de wachtlijst.' })
  registerForMeeting(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() context: GraphqlContext) {
    return this.registrations.register(context.viewer!, meetingId);
  }

  @MembersOnly()
  @Mutation(() => MeetingModel, { description: 'Uitschrijven; de eerste op de wachtlijst krijgt de vrijgekomen plaats.' })
  cancelRegistration(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() context: GraphqlContext) {
    return this.registrations.cancel(context.viewer!, meetingId);
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingRegistrationModel, { description: 'Aanwezigheid van een ingeschreven persoon registreren.' })
  recordAttendance(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('attended', { type: () => Boolean }) attended: boolean,
  ) {
    return this.registrations.recordAttendance(meetingId, userId, attended);
  }
}
