import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../people/user.model';

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field()
  displayName!: string;

  @Field(() => ID, { nullable: true, description: 'De lidorganisatie waarbij je wil aansluiten (een lidmaatschapsaanvraag).' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  message?: string | null;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  token!: string;

  @Field()
  password!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer-token voor API-clients (Authorization: Bearer …). De webapp gebruikt de httpOnly-cookie.' })
  token!: string;

  @Field(() => UserModel)
  viewer!: UserModel;

  @Field(() => Date)
  expiresAt!: Date;
}
