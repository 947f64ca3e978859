import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { MembersOnly, Roles } from '../common/auth/decorators';
import { STAFF } from '../common/auth/auth.guard';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PlanMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import { MeetingModel } from './meeting.model';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingRegistrationModel } from './registration.models';
import { RegistrationsService } from './registrations.service';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import { AttachFileInput } from '../files/file.model';

@Resolver(() => MeetingModel)
export class MeetingMutationsResolver {
  constructor(
    private readonly planning: MeetingPlanningService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, { description: 'Een bijeenkomst plannen (facilitatoren).' })
  planMeeting(@Args('input') input: PlanMeetingInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.planning.plan(viewer, input, context.locale);
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
  cancelMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.planning.cancel(viewer, id, reason, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, { description: 'Het verslag bijhouden; een verouderde expectedVersion geeft CONFLICT.' })
  recordMinutes(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('minutes') minutes: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
    @Args('files', {
      type: () => [AttachFileInput],
      nullable: true,
      description: 'De documenten bij het verslag (vervangen de vorige lijst); weggelaten: ongewijzigd.',
    })
    files?: AttachFileInput[] | null,
  ) {
    return this.planning.recordMinutes(viewer, meetingId, minutes, expectedVersion, files, context.locale);
  }

  @MembersOnly()
  @Mutation(() => MeetingModel, { description: 'Inschrijven; is de bijeenkomst vol, dan kom je op de wachtlijst.' })
  registerForMeeting(@Args('meetingId', { type: () => ID }) meetingId: string, @CurrentViewer() viewer: Viewer) {
    return this.registrations.register(viewer, meetingId);
  }

  @MembersOnly()
  @Mutation(() => MeetingModel, { description: 'Uitschrijven; de eerste op de wachtlijst krijgt de vrijgekomen plaats.' })
  cancelRegistration(@Args('meetingId', { type: () => ID }) meetingId: string, @CurrentViewer() viewer: Viewer) {
    return this.registrations.cancel(viewer, meetingId);
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
