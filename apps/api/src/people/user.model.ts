import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRequestStatus, NetworkRole } from '@ln/domain';
import { Node } from '../common/graphql/node.interface';
import { OrganisationModel } from '../organisations/organisation.model';
import '../common/graphql/enums';

@ObjectType('User', { implements: () => [Node] })
export class UserModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  /** Only for the person themself and facilitators; null for others. */
  @Field(() => String, { nullable: true })
  email?: string | null;

  /** FACILITATOR / ADMIN by role; MEMBER with an approved membership; null for a registered person without one. */
  @Field(() => NetworkRole, { nullable: true })
  role?: NetworkRole | null;
}

@ObjectType('Membership', { implements: () => [Node] })
export class MembershipModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => UserModel)
  user!: UserModel;
}

@ObjectType('MembershipRequest', { implements: () => [Node] })
export class MembershipRequestModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => MembershipRequestStatus)
  status!: MembershipRequestStatus;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;
}
