import { renderMarkdown } from '../common/markdown/markdown';
import { Args, Context, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RegistrationStatus, Visibility } from '@ln/domain';
import { Public, Roles } from '../common/auth/decorators';
import { STAFF } from '../common/auth/auth.guard';
import { isFacilitator, isNetworkMember } from '../common/auth/viewer';
import { forbidden } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { OrganisationModel } from '../organisations/organisation.model';
import { AttendanceService } from './attendance.service';
import { AgendaItemModel, MeetingConnection, MeetingFilter, MeetingModel } from './meeting.model';
import type { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';
import { MeetingRegistrationModel, OrganisationAttendanceModel } from './registration.models';
import type { NoArgs } from '../common/graphql/field-resolver';
import { FileModel, fileModelOf } from '../files/file.model';
import { FilesService } from '../files/files.service';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly attendance: AttendanceService,
    private readonly fileStore: FilesService,
  ) {}

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

  @Roles(...STAFF)
  @Query(() => [OrganisationAttendanceModel], { description: 'Aanwezigheid per organisatie over een periode (facilitatoren).' })
  attendanceByOrganisation(
    @Args('from', { type: () => Date, nullable: true }) from?: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to?: Date | null,
  ) {
    return this.attendance.byOrganisation(from, to);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return this.meetingsService.agendaOf(context, meeting.id);
  }

  @ResolveField(() => Int)
  async registrationCount(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return (await this.meetingsService.countsOf(context, meeting.id)).registered;
  }

  @ResolveField(() => Int)
  async waitlistCount(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return (await this.meetingsService.countsOf(context, meeting.id)).waitlisted;
  }

  @ResolveField(() => RegistrationStatus, { nullable: true, description: 'REGISTERED, WAITLISTED of null.' })
  viewerRegistration(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return this.meetingsService.viewerRegistration(context, meeting.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Je plaats op de wachtlijst (1 = eerstvolgende), of null als je niet wacht.' })
  viewerWaitlistPosition(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return this.meetingsService.viewerWaitlistPosition(context, meeting.id);
  }

  @ResolveField(() => Boolean)
  async viewerIsRegistered(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return (await this.meetingsService.viewerRegistration(context, meeting.id)) === RegistrationStatus.REGISTERED;
  }

  @ResolveField(() => String, { nullable: true, description: 'Verslag; enkel voor leden van het netwerk.' })
  minutes(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return isNetworkMember(context.viewer) ? (meeting.minutes ?? null) : null;
  }

  @ResolveField(() => [FileModel], { description: 'Documenten bij het verslag: voor leden van het netwerk.' })
  async files(meeting: Meeting, _args: NoArgs, context: GraphqlContext): Promise<FileModel[]> {
    if (!isNetworkMember(context.viewer)) return [];
    return (await this.fileStore.filesOf(context, 'meeting', meeting.id)).map(fileModelOf);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Het verslag als gesaneerde HTML (Markdown, zoals een bijdrage); enkel voor leden.',
  })
  minutesHtml(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return isNetworkMember(context.viewer) && meeting.minutes ? renderMarkdown(meeting.minutes).html : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'De beschrijving als gesaneerde HTML (Markdown, zoals een bijdrage).' })
  descriptionHtml(meeting: Meeting) {
    return meeting.description ? renderMarkdown(meeting.description).html : null;
  }

  @ResolveField(() => [OrganisationModel])
  async invitedOrganisations(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    const invited = await this.meetingsService.invitedOf(context, meeting.id);
    // visitors see only the organisations that are public themselves
    return isNetworkMember(context.viewer) ? invited : invited.filter((o) => o.visibility === Visibility.PUBLIC && o.admittedAt);
  }

  @ResolveField(() => [OrganisationModel], { description: 'Organisaties met minstens één aanwezige (enkel voor leden).' })
  attendingOrganisations(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    return isNetworkMember(context.viewer) ? this.meetingsService.attendingOf(context, meeting.id) : [];
  }

  @ResolveField(() => [MeetingRegistrationModel], { description: 'Inschrijvingen en wachtlijst, in volgorde (facilitatoren).' })
  registrations(meeting: Meeting, _args: NoArgs, context: GraphqlContext) {
    if (!isFacilitator(context.viewer)) throw forbidden('staffOnly');
    return this.meetingsService.registrationsOf(context, meeting.id);
  }
}
