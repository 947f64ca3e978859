import { Public } from '../common/auth/decorators';
import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { STAFF } from '../common/auth/auth.guard';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import { Roles } from '../common/auth/decorators';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { OrganisationConnection, OrganisationModel } from './organisation.model';
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationAdminService } from './organisation-admin.service';
import type { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';
import type { NoArgs } from '../common/graphql/field-resolver';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly organisationsService: OrganisationsService,
    private readonly admin: OrganisationAdminService,
  ) {}

  @Roles(...STAFF)
  @Query(() => [OrganisationModel], { description: 'Facilitatoren: samenwerkingsverbanden die vroegen om toe te treden.' })
  organisationApplications() {
    return this.admin.pendingApplications();
  }

  @Roles(...STAFF)
  @Mutation(() => OrganisationModel)
  createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.admin.create(viewer, input, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => OrganisationModel)
  updateOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganisationInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.admin.update(viewer, id, input, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => OrganisationModel, { description: 'Facilitatoren: een aanvrager toelaten, met zijn leden.' })
  admitOrganisation(@Args('organisationId', { type: () => ID }) organisationId: string, @CurrentViewer() viewer: Viewer) {
    return this.admin.admit(viewer, organisationId);
  }

  @Public()
  @Query(() => OrganisationConnection, { description: 'De organisaties van het netwerk (publiek deel voor bezoekers).' })
  organisations(
    @Context() context: GraphqlContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter?: OrganisationFilter | null,
  ) {
    return this.organisationsService.list(context.viewer, filter, page.first, page.after);
  }

  @Public()
  @Query(() => OrganisationModel, { nullable: true })
  organisation(@Context() context: GraphqlContext, @Args('id', { type: () => ID }) id: string) {
    return this.organisationsService.byId(context.viewer, id);
  }

  @ResolveField(() => [OrganisationModel], { description: 'De gemeenten en OCMW’s van een samenwerkingsverband.' })
  memberOrganisations(organisation: Organisation, _args: NoArgs, context: GraphqlContext) {
    return this.organisationsService.membersOf(context, organisation.id);
  }

  @ResolveField(() => [OrganisationModel])
  partOf(organisation: Organisation, _args: NoArgs, context: GraphqlContext) {
    return this.organisationsService.partOf(context, organisation.id);
  }
}
