import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { STAFF } from '../common/auth/auth.guard';
import { Public, Roles } from '../common/auth/decorators';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { OrganisationModel } from '../organisations/organisation.model';
import { PilotProjectModel, ProjectReportModel, SubmitProjectReportInput } from './pilot-project.model';
import type { PilotProject } from './pilot-project.entity';
import type { ProjectReport } from './project-report.entity';
import { ProjectReportsService } from './project-reports.service';
import { ProjectsService } from './projects.service';
import { isOverdue, reportStatus, ReportStatus } from './report-status';
import type { NoArgs } from '../common/graphql/field-resolver';
import { ReportVisibility } from './report-visibility';
import { CurrentViewer } from '../common/auth/current-viewer';
import { isNetworkMember, type Viewer } from '../common/auth/viewer';
import { FileModel, fileModelOf } from '../files/file.model';
import { FilesService } from '../files/files.service';

@Resolver(() => PilotProjectModel)
export class ProjectsResolver {
  constructor(
    private readonly projects: ProjectsService,
    private readonly reportsService: ProjectReportsService,
  ) {}

  @Public()
  @Query(() => [PilotProjectModel], { description: 'De gesubsidieerde pilootprojecten.' })
  pilotProjects() {
    return this.projects.list();
  }

  @Public()
  @Query(() => PilotProjectModel, { nullable: true })
  pilotProject(@Args('id', { type: () => ID }) id: string) {
    return this.projects.byId(id);
  }

  @ResolveField(() => [OrganisationModel], { description: 'Het samenwerkingsverband en zijn leden.' })
  organisations(project: PilotProject, _args: NoArgs, context: GraphqlContext) {
    return this.projects.organisationsOf(context, project);
  }

  @ResolveField(() => [ProjectReportModel])
  reports(project: PilotProject) {
    return project.reports.getItems();
  }

  @ResolveField(() => Boolean, { description: 'Of de aangemelde persoon de rapporten van dit project mag indienen.' })
  viewerCanSubmit(project: PilotProject, _args: NoArgs, context: GraphqlContext) {
    return this.reportsService.canSubmit(context.viewer, project.id);
  }
}

@Resolver(() => ProjectReportModel)
export class ProjectReportsResolver {
  constructor(
    private readonly reports: ProjectReportsService,
    private readonly visibility: ReportVisibility,
    private readonly fileStore: FilesService,
  ) {}

  @ResolveField(() => Boolean)
  overdue(report: ProjectReport) {
    return isOverdue(report);
  }

  @ResolveField(() => ReportStatus)
  status(report: ProjectReport) {
    return reportStatus(report);
  }

  @ResolveField(() => String, { nullable: true, description: 'Samenvatting: voor leden van het netwerk.' })
  summary(report: ProjectReport, _args: NoArgs, context: GraphqlContext) {
    return this.visibility.content(context, report.summary);
  }

  @ResolveField(() => String, { nullable: true, description: 'Link naar het volledige rapport: voor leden van het netwerk.' })
  link(report: ProjectReport, _args: NoArgs, context: GraphqlContext) {
    return this.visibility.content(context, report.link);
  }

  @ResolveField(() => [FileModel], { description: 'De documenten van het rapport: voor leden van het netwerk.' })
  async files(report: ProjectReport, _args: NoArgs, context: GraphqlContext): Promise<FileModel[]> {
    if (!isNetworkMember(context.viewer)) return [];
    return (await this.fileStore.filesOf(context, 'report', report.id)).map(fileModelOf);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Opmerking bij het nakijken: voor de leden van het project en de facilitatoren.',
  })
  reviewRemark(report: ProjectReport, _args: NoArgs, context: GraphqlContext) {
    return this.visibility.reviewRemark(context, report);
  }

  @Mutation(() => ProjectReportModel, { description: 'Leden van de projectorganisaties dienen een rapport in.' })
  submitProjectReport(@Args('input') input: SubmitProjectReportInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.reports.submit(viewer, input, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => ProjectReportModel, { description: 'Facilitatoren: een ingediend rapport goedkeuren.' })
  reviewProjectReport(@Args('reportId', { type: () => ID }) reportId: string, @CurrentViewer() viewer: Viewer) {
    return this.reports.review(viewer, reportId);
  }

  @Roles(...STAFF)
  @Mutation(() => ProjectReportModel, { description: 'Facilitatoren: een ingediend rapport terugsturen met een opmerking.' })
  sendBackProjectReport(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('remark') remark: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.reports.sendBack(viewer, reportId, remark, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => Int, {
    description: 'Facilitatoren: herinneringen versturen voor rapporten die binnenkort vervallen (gebeurt ook elk uur).',
  })
  runReportReminders(@Args('asOf', { type: () => Date }) asOf: Date) {
    return this.reports.sendDueReminders(asOf);
  }
}
