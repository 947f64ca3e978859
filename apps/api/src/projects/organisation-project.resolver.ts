import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs } from '../common/graphql/field-resolver';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { Organisation } from '../organisations/organisation.entity';
import { OrganisationModel } from '../organisations/organisation.model';
import { PilotProjectModel } from './pilot-project.model';
import { ProjectsService } from './projects.service';

/** The pilot project an organisation (a partnership) carries out. */
@Resolver(() => OrganisationModel)
export class OrganisationProjectResolver {
  constructor(private readonly projects: ProjectsService) {}

  @ResolveField(() => PilotProjectModel, { nullable: true })
  pilotProject(organisation: Organisation, _args: NoArgs, context: GraphqlContext) {
    return this.projects.byPartnership(context, organisation.id);
  }
}
