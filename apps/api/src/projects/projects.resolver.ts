import { Public } from '../common/auth/decorators';
import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { OrganisationModel } from '../organisations/organisation.model';
import { PilotProjectModel, ProjectReportModel } from './pilot-project.model';
import type { PilotProject } from './pilot-project.entity';
import type { ProjectReport } from './project-report.entity';
import { isOverdue, ProjectsService } from './projects.service';

@Resolver(() => PilotProjectModel)
export class ProjectsResolver {
  constructor(private readonly projects: ProjectsService) {}

  @Public()
  @Query(() => [PilotProjectModel], { description: 'De gesubsidieerde pilootprojecten.' })
  pilotProjects() {
    return this.projects.list();
  }

  @ResolveField(() => [OrganisationModel], { description: 'Het samenwerkingsverband en zijn leden.' })
  organisations(@Parent() project: PilotProject, @Context() context: GraphqlContext) {
    return this.projects.organisationsOf(context, project);
  }

  @ResolveField(() => [ProjectReportModel])
  reports(@Parent() project: PilotProject) {
    return project.reports.getItems();
  }
}

@Resolver(() => ProjectReportModel)
export class ProjectReportsResolver {
  @ResolveField(() => Boolean)
  overdue(@Parent() report: ProjectReport) {
    return isOverdue(report);
  }
}
