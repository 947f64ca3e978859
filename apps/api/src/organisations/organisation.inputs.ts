import { Field, ID, InputType, PartialType, PickType } from '@nestjs/graphql';
import { OrganisationType, Visibility } from '@ln/domain';

@InputType()
export class OrganisationFilter {
  @Field(() => [OrganisationType], { nullable: true })
  types?: OrganisationType[] | null;

  @Field(() => Boolean, { nullable: true })
  subsidised?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Deel van de naam.' })
  nameContains?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Enkel organisaties die geen deel zijn van een andere (samenwerkingsverbanden, regio’s, losse besturen).',
  })
  topLevelOnly?: boolean | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field()
  name!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => Boolean, { nullable: true })
  subsidised?: boolean | null;

  @Field(() => Visibility, { nullable: true })
  visibility?: Visibility | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Voor een samenwerkingsverband: de gemeenten en OCMW’s die er deel van zijn.' })
  memberOrganisationIds?: string[] | null;
}

@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput) {}

@InputType()
export class ApplicantMemberInput extends PickType(CreateOrganisationInput, ['name', 'type'] as const) {}

@InputType({ description: 'Een samenwerkingsverband dat nog geen deel is van het netwerk vraagt toegang, met zijn leden.' })
export class ApplyToJoinInput extends PickType(CreateOrganisationInput, ['name', 'type', 'region', 'description'] as const) {
  @Field(() => [ApplicantMemberInput], { nullable: true })
  members?: ApplicantMemberInput[] | null;
}
