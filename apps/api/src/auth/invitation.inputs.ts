import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AcceptInvitationInput {
  @Field()
  token!: string;

  @Field({ description: 'Je wachtwoord: een nieuw (nieuw account) of je bestaande (bestaand account).' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'Verplicht voor een nieuw account.' })
  displayName?: string | null;
}

@InputType()
export class InviteToOrganisationInput {
  @Field()
  email!: string;

  @Field(() => ID)
  organisationId!: string;
}
