import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import type { NoArgs } from '../common/graphql/field-resolver';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { OrganisationAdminService } from '../organisations/organisation-admin.service';
import type { Organisation } from '../organisations/organisation.entity';
import { ApplyToJoinInput } from '../organisations/organisation.inputs';
import { OrganisationModel } from '../organisations/organisation.model';
import { MembershipRequest } from './membership-request.entity';
import { PeopleService } from './people.service';
import { UserModel } from './user.model';
import { User } from './user.entity';

/** The people side of an organisation: who works there, and applying to join with a membership request. */
@Resolver(() => OrganisationModel)
export class OrganisationMembershipResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly admin: OrganisationAdminService,
  ) {}

  @Mutation(() => OrganisationModel, { description: 'Een samenwerkingsverband vraagt toegang tot het netwerk (wacht op een facilitator).' })
  applyToJoin(@Args('input') input: ApplyToJoinInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.admin.apply(input, context.locale, (tx, organisation) => {
      tx.create(MembershipRequest, { user: tx.getReference(User, viewer.userId), organisation, message: 'Aanvraag tot toetreding' });
    });
  }

  @ResolveField(() => [UserModel], { description: 'Enkel zichtbaar voor leden van het netwerk.' })
  people(organisation: Organisation, _args: NoArgs, context: GraphqlContext) {
    return this.peopleService.peopleOf(context, organisation.id);
  }
}
