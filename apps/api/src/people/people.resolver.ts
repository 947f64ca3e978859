import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NetworkRole } from '@ln/domain';
import { STAFF } from '../common/auth/auth.guard';
import { MembersOnly, Public, Roles } from '../common/auth/decorators';
import { isUuid } from '../common/ids';
import { isFacilitator } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { OrganisationModel } from '../organisations/organisation.model';
import { OrganisationsService } from '../organisations/organisations.service';
import type { MembershipRequest } from './membership-request.entity';
import type { Membership } from './membership.entity';
import { MembershipsService } from './memberships.service';
import { UpdateProfileInput } from './people.inputs';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleService } from './people.service';
import type { User } from './user.entity';
import { MembershipModel, MembershipRequestModel, UserModel } from './user.model';
import type { NoArgs } from '../common/graphql/field-resolver';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';

@Resolver(() => UserModel)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly membershipsService: MembershipsService,
    private readonly directory: PeopleDirectoryService,
  ) {}

  @MembersOnly()
  @Query(() => [UserModel], { name: 'people', description: 'Leden: leden van het netwerk zoeken op naam (bv. om iemand te vermelden).' })
  findPeople(
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Hoeveel personen (standaard 8, max 20).' }) first: number | null,
    @Context() context: GraphqlContext,
  ) {
    return this.directory.find(query, first, context.locale);
  }

  @MembersOnly()
  @Query(() => UserModel, { nullable: true, description: 'Leden: een lid van het netwerk (null als het geen lid is).' })
  person(@Args('id', { type: () => ID }) id: string) {
    return isUuid(id) ? this.directory.byId(id) : null;
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'De aangemelde persoon, of null.' })
  viewer(@Context() context: GraphqlContext) {
    return context.viewer ? this.people.byId(context.viewer.userId) : null;
  }

  @Mutation(() => UserModel)
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.people.updateProfile(viewer, input, context.locale);
  }

  @Roles(NetworkRole.ADMIN)
  @Mutation(() => UserModel, { description: 'Beheerders: de rol van een persoon instellen (MEMBER, FACILITATOR, ADMIN).' })
  setUserRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => NetworkRole }) role: NetworkRole,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.membershipsService.setRole(viewer, userId, role);
  }

  @ResolveField(() => String, { nullable: true })
  email(user: User, _args: NoArgs, context: GraphqlContext) {
    return context.viewer?.userId === user.id || isFacilitator(context.viewer) ? user.email : null;
  }

  @ResolveField(() => NetworkRole, { nullable: true })
  async role(user: User, _args: NoArgs, context: GraphqlContext) {
    if (user.role !== NetworkRole.MEMBER) return user.role;
    return (await this.people.membershipsOf(context, user.id)).length > 0 ? NetworkRole.MEMBER : null;
  }

  @ResolveField(() => [MembershipModel])
  memberships(user: User, _args: NoArgs, context: GraphqlContext) {
    return this.people.membershipsOf(context, user.id);
  }

  @ResolveField(() => [MembershipRequestModel], { description: 'Je eigen aanvragen (enkel voor jezelf en facilitatoren).' })
  async membershipRequests(user: User, _args: NoArgs, context: GraphqlContext) {
    if (context.viewer?.userId !== user.id && !isFacilitator(context.viewer)) return [];
    return this.membershipsService.mine({ userId: user.id, role: user.role, organisationIds: [] });
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly people: PeopleService,
    private readonly memberships: MembershipsService,
  ) {}

  @ResolveField(() => OrganisationModel)
  organisation(membership: Membership, _args: NoArgs, context: GraphqlContext) {
    return this.organisations.byIdUnfiltered(context, membership.organisation.id);
  }

  @ResolveField(() => UserModel)
  user(membership: Membership, _args: NoArgs, context: GraphqlContext) {
    return this.people.byIdBatched(context, membership.user.id);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Facilitatoren: een lidmaatschap beëindigen (geldt vanaf het volgende verzoek).' })
  removeMembership(@Args('membershipId', { type: () => ID }) membershipId: string, @CurrentViewer() viewer: Viewer) {
    return this.memberships.remove(viewer, membershipId);
  }
}

@Resolver(() => MembershipRequestModel)
export class MembershipRequestsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Roles(...STAFF)
  @Query(() => [MembershipRequestModel], { description: 'Facilitatoren: openstaande lidmaatschapsaanvragen.' })
  membershipRequests() {
    return this.memberships.pending();
  }

  @Mutation(() => MembershipRequestModel, { description: 'Aanvragen om lid te worden van een organisatie.' })
  requestMembership(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.memberships.request(viewer, organisationId, message, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => MembershipModel)
  approveMembership(@Args('requestId', { type: () => ID }) requestId: string, @CurrentViewer() viewer: Viewer) {
    return this.memberships.approve(viewer, requestId);
  }

  @Roles(...STAFF)
  @Mutation(() => MembershipRequestModel)
  rejectMembership(
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.memberships.reject(viewer, requestId, reason, context.locale);
  }

  @ResolveField(() => UserModel)
  user(request: MembershipRequest) {
    return request.user;
  }

  @ResolveField(() => OrganisationModel)
  organisation(request: MembershipRequest) {
    return request.organisation;
  }
}
