import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationType, Visibility } from '@ln/domain';
import { ConnectionOf } from '../common/graphql/pagination';
import { Node } from '../common/graphql/node.interface';
import '../common/graphql/enums';

@ObjectType('Organisation', {
  implements: () => [Node],
  description: 'Gemeente, OCMW, samenwerkingsverband, welzijnsregio, agentschap of vereniging.',
})
export class OrganisationModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field()
  subsidised!: boolean;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => Date, { nullable: true, description: 'Null zolang een aanvraag tot toetreding wacht op een facilitator.' })
  admittedAt?: Date | null;
}

@ObjectType('OrganisationConnection')
export class OrganisationConnection extends ConnectionOf(OrganisationModel) {}
